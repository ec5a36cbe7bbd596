# Exponentiation: int results, float results for negative exponents, three-arg pow.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(2 ** 100, 3 ** 50, (-3) ** 33)
print(2.0 ** 3, 4 ** 0.5, 8 ** (1 / 3), 2 ** 0.5)
print((-8) ** (1 / 3))
print(1 ** 10**10, (-1) ** (10**10 + 1), 0 ** 10**10)
print(pow(2, 10), pow(2, -1), pow(2.5, 2))
print(pow(3, 4, 5), pow(2, 100, 1000007), pow(-2, 3, 5), pow(2, 3, -5))
print(pow(3, -1, 7), pow(10, -2, 7), pow(38, -1, 97))
print(pow(5, 0, 1), pow(0, 0, 3))
print(pow(2**200, 2**100 + 1, 10**9 + 7))
cases = [
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: pow(0, -2),
    lambda: pow(2, 3, 0),
    lambda: pow(2, -1, 4),
    lambda: pow(2.0, 3, 5),
    lambda: pow(2, 3.0, 5),
    lambda: pow(2, 3, 5.0),
    lambda: 10.0 ** 400,
    lambda: (-8.0) ** 0.5,
    lambda: 2 ** 'x',
    lambda: pow(2, 'x', 3),
]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
