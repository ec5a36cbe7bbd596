# round(): banker's rounding at .5, ndigits (positive and negative), int vs float results.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999999999999, 2.675]:
    print(v, round(v), type(round(v)).__name__)
print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1), type(round(2.5, 0)).__name__)
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(5e-324, 400))
print(round(12345, -2), round(12350, -2), round(12450, -2), round(-12350, -2), round(15, -1))
print(round(7), round(7, 2), round(-7, -5), type(round(7, 2)).__name__)
print(round(True), round(False, 2), type(round(True)).__name__)
print(round(1e300, -300), round(1.5e16), round(123.456, 50), round(float('inf'), 2))
print(round(2**100 + 1, -30))
for f in [lambda: round(float('inf')), lambda: round(float('nan')), lambda: round(1.5, 1.5),
          lambda: round('1.5'), lambda: round(float('-inf'))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
