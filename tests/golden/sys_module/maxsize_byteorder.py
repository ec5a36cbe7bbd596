# sys.maxsize, sys.byteorder, float_info and int_info on 64-bit Linux.
import sys
print(sys.maxsize, sys.maxsize == 2**63 - 1, -sys.maxsize - 1)
print(sys.byteorder, sys.byteorder in ('little', 'big'))
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.max == 1.7976931348623157e308, 1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
print(sys.int_info.bits_per_digit, sys.int_info.sizeof_digit)
print(len(range(sys.maxsize)), type(sys.maxsize + 1).__name__)
try:
    len(range(sys.maxsize + 1))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    [0] * (sys.maxsize + 1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    'xy' * sys.maxsize
except OverflowError as e:
    print(type(e).__name__, e)
