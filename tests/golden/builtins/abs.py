# abs() on ints, floats, complex, bools, and its error.
print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(float('-inf')), abs(float('nan')))
print(abs(-10**30), abs(True), abs(False), abs(3 + 4j), abs(-1j), type(abs(-1j)).__name__)
print(abs(-7) == 7, abs(-2**63), abs(-1e-320))
distances = [abs(a - b) for a, b in [(3, 10), (10, 3), (-4, 4)]]
print(distances, max(distances), sorted([-3, 1, -2, 4], key=abs))
for v in ['x', None, [1], {}]:
    try:
        abs(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    abs()
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
