# float methods: is_integer, as_integer_ratio, hex/fromhex, real/imag, conjugate.
for v in [3.0, 3.5, -0.0, 1e300, float('inf')]:
    print(v, v.is_integer())
for v in [0.5, 0.75, -2.5, 0.1, 3.0, 1e-3, 0.0]:
    print(v, v.as_integer_ratio())
# hex text is split after 'x' because the golden normalizer rewrites 0x<hex digits>
def hx(v):
    return v.hex().replace('x', 'x ')
for v in [1.0, 0.5, 1.5, -0.1, 0.0, -0.0, 255.0, 5e-324, 1.7976931348623157e308]:
    print(v, hx(v))
print(float('inf').hex(), float('-inf').hex(), float('nan').hex())
print(float.fromhex('0x1.8p1'), float.fromhex('0X10'), float.fromhex('-0x1p-2'))
print(float.fromhex('  0x1.fffffffffffffp+1023 '), float.fromhex('inf'), float.fromhex('0x.8'))
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(float(1.0).__trunc__(), (7.9).__floor__(), (7.1).__ceil__(), (-7.5).__round__())
for f in [lambda: float('inf').as_integer_ratio(),
          lambda: float('nan').as_integer_ratio(),
          lambda: float.fromhex('0x1p99999'),
          lambda: float.fromhex('zz')]:
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
