# pow() with two and three arguments.
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3), pow(0, 0), pow(10, 20))
print(pow(3, 200, 13), pow(7, -1, 40), pow(-3, 3, 7), pow(5, 3, -7), pow(base=2, exp=5), pow(2, 5, mod=3))
print(pow(1.5, 2), pow(4, 0.5), pow(True, 3), pow(2, True))
for args in [(0, -1), (2, 3, 0), (2, 0.5, 3), (2, -1, 6), ('2', 2), (2,), (2, 2, 2, 2)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
