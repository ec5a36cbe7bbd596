# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 10 - (4 - 3))
print(100 / 10 / 5, 100 / (10 / 5))
print(7 // 2 * 2 + 7 % 2)
print(1 + 2 << 3, 1 + (2 << 3))
print(6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4)
print(~5 + 1, ~(5 + 1), -~5, ~-5)
print(not 1 == 2, not (1 == 2) and 3)
print(1 < 2 == True, (1 < 2) == True)
print(- - 3, + - 3, - + - 3)
print(2 * -3, 2 ** -2, -3 ** 0.5 if False else 9 ** 0.5)
print(3 * 'ab' + 'c', 'c' + 'ab' * 2)
print(1 + 2 * 3 ** 2 // 4 % 5 - 6)
print(17 % 5 * 3, 17 % (5 * 3))
print(2 + 3 > 4 and 1 or 0)
print(True + True * 2, 3 * False)
x = 5
x += 2 * 3
x *= 2 + 1
x -= 3 ** 2
x //= 4
x **= 2
x %= 7
print(x)
y = 10
y <<= 2
y >>= 1
y |= 1
y &= 0xF
y ^= 0b101
print(y)
