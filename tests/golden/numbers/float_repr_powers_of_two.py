# repr() of every power of two a float holds: the shortest digits that read
# back, where the rounding interval is wider above the value than below.
for e in range(-1074, 1024, 6):
    line = []
    for k in range(e, min(e + 6, 1024)):
        x = 2.0 ** k
        assert float(repr(x)) == x
        line.append(repr(x))
    print(" ".join(line))
print(repr(5e-324), repr(2.0**-1022), repr(2.0**1023), str(2.0**-1000), f"{2.0**-1060}")
