# Complex literals and their arithmetic and repr.
z = 3 + 4j
print(z, type(z))
print(1j, 2J, 0j, -1j, 1.5j, 1e3j, 1_0j)
print(z.real, z.imag, z.conjugate())
print(abs(z), abs(-2j))
print(z * 1j, z + 1, z - 4j, z / 2)
print((1 + 2j) * (3 - 1j))
print((1 + 1j) ** 2, 1j ** 2)
print(-(1 + 1j), +(1 - 1j))
print(complex(1, 2), complex(), complex(2.5), complex('1+2j'), complex(' 3-4j '))
print(1j == complex(0, 1), (1 + 0j) == 1, 2.0 + 0j == 2)
print(repr(-0j), repr(0 - 0j), repr(complex(-0.0, -0.0)))
print(complex(1, -0.0), complex(float('inf'), float('nan')))
print(hash(1 + 0j) == hash(1), hash(2j) == hash(2j))
try:
    print((1 + 1j) < (2 + 2j))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1j // 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 / 0j)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    complex('1+2')
except ValueError as e:
    print(type(e).__name__, e)
