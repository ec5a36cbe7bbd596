# Bitwise operators, shifts, bit_length and bit_count, including negatives.
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1), (2**70, 2**70 - 1)]:
    print(a, b, a & b, a | b, a ^ b, ~a)
print(1 << 0, 1 << 10, 1 << 100, 5 << 3)
print(1024 >> 3, 1023 >> 3, -1024 >> 3, -1 >> 100, -5 >> 1, 5 >> 100)
print((2**100) >> 98, -(2**100) >> 99)
for n in [0, 1, 2, 3, 255, 256, -1, -255, -256, 2**64, 10**20]:
    print(n, n.bit_length(), n.bit_count())
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags)
flags ^= WRITE
print(flags, bin(flags))
print(True & True, True | False, True ^ True, type(True & True), type(True & 3))
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 >> -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1.5 & 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 << 1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 << 2**100)
except OverflowError as e:
    print(type(e).__name__, e)
print(0 << 2**100, 5 >> 2**100, -5 >> 2**100)
