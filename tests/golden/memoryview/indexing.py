# Indexing a one-dimensional view: ints for 'B', negative indices, bounds, bad keys.
m = memoryview(b'abcdef')
print(m[0], m[5], m[-1], m[-6], type(m[0]).__name__)
print(m[True], m[False])
class I:
    def __index__(self):
        return 2
print(m[I()], m[I(),])
for key in [6, -7, 100, -100, 2**70, -2**70, 'a', 1.5, None, ..., (), (0, 0), (slice(0, 1),), [0], {0: 1}]:
    try:
        print(repr(key), m[key])
    except Exception as e:
        print(repr(key), type(e).__name__, e)
ba = bytearray(b'\x00\x7f\x80\xff')
v = memoryview(ba)
print(v[0], v[1], v[2], v[3])
ba[0] = 42
print(v[0], v.tolist())
print(list(reversed(m)))
print(97 in m, b'a' in m, 200 in m)
print([x for x in memoryview(b'xyz')])
it = iter(memoryview(b'ab'))
print(type(it).__name__, next(it), next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(bool(memoryview(b'')), bool(memoryview(b'x')))
