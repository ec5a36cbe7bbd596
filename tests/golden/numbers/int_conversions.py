# int <-> float conversions, truncation, and overflow messages.
print(int(3.7), int(-3.7), int(0.9999), int(-0.0), int(1e15), int(1.5e300) > 10**299)
print(int(2.0**53) + 1, float(2**53 + 1), int(float(10**20)))
print(7 / 2, 1 / 3, -7 / 2, 10 / 5, type(10 / 5).__name__, 0 / 5, -0 / 5)
print(10**30 / 3, 2**1023 / 2**1022, (10**200 + 1) / 10**199)
print(10**400 // 10**399, 10**400 / 10**399, 1 / 10**400)
print(3 + 0.5, 3 * 1.0, 2**60 + 0.0, -5 // 2.0, 2 * 0.1)
print(int('3') + float('0.5'), str(3) + str(0.5))
for f in [lambda: int(float('inf')), lambda: int(float('-inf')), lambda: int(float('nan')),
          lambda: float(10**400), lambda: 10**400 * 1.0, lambda: 10**400 + 0.5,
          lambda: 10**400 / 3, lambda: 1.0 * -10**400, lambda: 10**400 < float('inf'),
          lambda: 10**400 == 1e308]:
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
