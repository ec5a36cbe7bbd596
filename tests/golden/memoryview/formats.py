# Packing and unpacking every native single-character format, with CPython's range
# checks and messages.
def attempt(v, label, value):
    try:
        v[0] = value
        print(label, repr(value), v.tolist())
    except Exception as e:
        print(label, repr(value), type(e).__name__, e)

class Idx:
    def __index__(self):
        return 7
class BadIdx:
    def __index__(self):
        raise KeyError('inside __index__')
class Flt:
    def __float__(self):
        return 2.5
values = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32769, 65535, 65536, 2**31 - 1, 2**31,
          -2**31 - 1, 2**32 - 1, 2**32, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, 2**100,
          True, 1.5, '1', b'1', None, Idx(), BadIdx(), Flt()]
for fmt in 'bBhHiIlLqQnNP':
    v = memoryview(bytearray(8)).cast(fmt)
    print('--', fmt, v.itemsize, len(v))
    for x in values:
        attempt(v, fmt, x)
for fmt in 'fd':
    v = memoryview(bytearray(8)).cast(fmt)
    print('--', fmt)
    for x in [0, 1.5, -2, 1e300, -1e300, float('inf'), float('nan'), 0.1, True, 2**100, '1', None, Flt(), Idx()]:
        attempt(v, fmt, x)
v = memoryview(bytearray(4)).cast('?')
print('-- ?')
for x in [0, 5, [], [0], '', 'x', None, 0.0]:
    attempt(v, '?', x)
print(memoryview(b'\x00\x01\x02\xff').cast('?').tolist())
v = memoryview(bytearray(2)).cast('c')
print('-- c')
for x in [b'a', b'', b'ab', 97, 'a', bytearray(b'a')]:
    attempt(v, 'c', x)
print(memoryview(b'\xff\x00\x80').cast('b').tolist(), memoryview(b'\xff\xff').cast('h').tolist(),
      memoryview(b'\xff\xff').cast('H').tolist(), memoryview(b'\xff' * 8).cast('q').tolist(),
      memoryview(b'\xff' * 8).cast('Q').tolist(), memoryview(b'\xff' * 8).cast('P').tolist())
