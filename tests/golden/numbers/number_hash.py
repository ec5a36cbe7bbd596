# hash() of ints, floats and complex numbers: CPython's modular numeric hash, equal values hash equal.
ints = [0, 1, -1, -2, 12345, 2**61 - 2, 2**61 - 1, 2**61, -(2**61), 2**64, -(2**100), 10**30, True, False]
for n in ints:
    print(n, hash(n))
floats = [0.0, -0.0, 0.5, 1.0, -1.5, 0.1, 1e16, 1e-5, 1e300, 5e-324, float('inf'), float('-inf'), 2.0**61, 1/3]
for x in floats:
    print(x, hash(x))
for z in [1j, 1+2j, complex(1.5, -2), complex(-1, 0), 0j]:
    print(z, hash(z))
print(hash(2) == hash(2.0) == hash(2+0j), hash(10**20) == hash(1e20), hash(0.5) == hash(1/2))
nan = float('nan')
print(hash(nan) == hash(nan), type(hash(nan)).__name__)
print({1: 'a', 1.0: 'b', True: 'c'}, len({0, 0.0, -0.0, False, 0j}))
