# Arbitrary-precision integers: arithmetic, comparisons, conversions.
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print(factorial(30))
print(factorial(52))
print(fib(100), fib(200))
f50 = factorial(50)
print(f50 // factorial(48), f50 % 1000003, len(str(f50)))
x = 2**64
print(x - 1, x, x + 1, -x, x * x)
print(x * x // x == x, (x * x - 1) % x)
a = 123456789123456789123456789
b = 987654321987654321
print(a * b, a // b, a % b, a - b * (a // b))
print(-a // b, -a % b, a // -b, a % -b)
print(a > b, -a < -b, a == a + 0, a != a + 1)
print(2**63 - 1, 2**63, -2**63, -2**63 - 1)
print(abs(-10**40), -(10**40) + 10**40)
print(10**18 * 10**18 == 10**36, 10**36 // 10**35)
print(sum(range(10**6)), sum([2**70] * 3))
print(hash(2**61 - 1), hash(2**61), hash(-1), hash(-2), hash(2**64))
print(int(str(3**200)) == 3**200)
print(str(-7**77))
print(max(2**100, 2**99 * 2 + 1), min(-2**100, 0))
print(2**100 == 2.0**100, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53)
print(float(2**100), float(-3**40))
