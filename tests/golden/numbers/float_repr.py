# Float repr is the shortest string that round-trips; str is the same in 3.x.
values = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1.0, 100.0, 1e16, 1e15, 123456789.0,
          1e-4, 1e-5, 0.00012345, 1.5e-7, 1e22, 1.7976931348623157e308, 5e-324,
          float('inf'), float('-inf'), float('nan'), -0.0, 0.0, 3.0e-10, 2.5, 1e100,
          9.999999999999999e15, 1234567890123456.7, 12345678901234567.0, 0.30000000000000004]
for v in values:
    print(repr(v), str(v), float(repr(v)) == v or v != v)
print([0.1, -0.0, float('nan')], (1e16,), {'x': 1e-5})
print(1.1 + 2.2, 3.3 * 3, 1 - 0.9, 0.1 * 3)
print(round(0.1 + 0.2, 10), 2.0 ** 0.5, 10 / 3)
print(float(10**16), float(10**15), float(2**63))
print(-1e-5, -1e16, -float('inf'), -float('nan'))
