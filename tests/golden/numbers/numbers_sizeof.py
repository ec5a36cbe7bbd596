# sys.getsizeof and __sizeof__ of ints, bools, floats and complex numbers (CPython 3.11's sizes).
import sys
for n in [0, 1, -1, 255, 2**30 - 1, 2**30, 2**60 - 1, 2**60, 2**63, 2**100, 2**1000, -(2**1000), True, False]:
    print(n.bit_length(), sys.getsizeof(n), n.__sizeof__())
for x in [0.0, 1.5, float('inf')]:
    print(x, sys.getsizeof(x), x.__sizeof__())
for z in [0j, 1j, 1+2j]:
    print(z, sys.getsizeof(z), z.__sizeof__())
