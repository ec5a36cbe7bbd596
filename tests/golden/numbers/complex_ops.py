# complex arithmetic and conversions.
z = complex(1, 2)
w = 3 - 4j
print(z + w, z - w, z * w, z / w, -z, +w)
print(z ** 2, z ** 0, w ** -1, 1j ** 1j)
print(abs(w), abs(1j), abs(complex(3e200, 4e200)))
print(z == complex(1.0, 2.0), z != w, z == 1, complex(5) == 5, complex(5) == 5.0)
print(z.real, z.imag, type(z.real).__name__, w.conjugate())
print(complex('1'), complex('1j'), complex('-1.5+0.5j'), complex('(2+3j)'), complex('inf-infj'))
print(complex(1j, 1j), complex(1, 1j), complex('  2j  '))
print(sum([1j, 2, 3.5]), 2 * (1 + 1j), (1 + 1j) * 2.5)
print(bool(0j), bool(1j), bool(complex(0, 0.0)))
print(repr(complex(1e16, 1e-5)), repr(complex(0.0, 1.0)), str(complex(-1, 0)))
print(hash(complex(1, 0)) == hash(1), hash(complex(0.5, 0)) == hash(0.5))
for f in [lambda: int(1j), lambda: float(1j), lambda: 1j % 1, lambda: divmod(1j, 1),
          lambda: complex('x'), lambda: complex('1', 2), lambda: complex(1, '2'),
          lambda: round(1j), lambda: 1j > 0, lambda: (1 + 1j) ** 1e400]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
