# CPython 3.11's limit of 4300 digits for int <-> decimal str conversion.
ok = int('9' * 4300)
print(len(str(ok)), ok % 1000)
big = 10 ** 4300
print(big.bit_length(), big % 997)
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('1' * 4301)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f'{big}')
except ValueError as e:
    print(type(e).__name__, e)
try:
    repr(-big)
except ValueError as e:
    print(type(e).__name__, e)
h = hex(big)
print(len(h), h[:2] == '0x', int(h, 16) == big)
print(int('f' * 5000, 16).bit_length())
print(len(str(10 ** 4299)))
print(len(bin(big)))
