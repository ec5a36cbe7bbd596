# An int subclass holding values beyond a machine word: the value is copied
# into the instance and every operation sees it.
import sys


class I(int):
    pass


x = I(2**100 + 7)
print(x, type(x).__name__, x + 1, type(x + 1).__name__)
print(hash(x) == hash(2**100 + 7), -x, ~x, x >> 3, x.bit_length(), float(x))
print(I(-2**70), abs(I(-2**70)), I(5), I(-9223372036854775809) - 1)
print(x == 2**100 + 7, x > 2**100, sorted([I(2**65), I(-2**65), I(3)]))
print((2**64) // 3, -(2**63) - 1, int(-(2**63)), int(x))
print(sys.getsizeof(2**100), sys.getsizeof(5), sys.getsizeof(0), sys.getsizeof(x) > sys.getsizeof(2**100))
