# sys.intern: run-time strings become the canonical interned object.
import sys
a = 'hello_world'
b = ''.join(['hello', '_', 'world'])
print(a == b, a is b)
c = sys.intern(b)
print(c is a, c == b, sys.intern(a) is a)
x = ' '.join(['not', 'an', 'identifier'])
y = ' '.join(['not', 'an', 'identifier'])
print(x == y, x is y)
ix = sys.intern(x)
iy = sys.intern(y)
print(ix is iy, ix is x, iy is y)
keys = [sys.intern(''.join(['key', str(i % 3)])) for i in range(6)]
print(keys[0] is keys[3], keys[1] is keys[4], len(set(map(id, keys))))
word = 'py' + 'thon'
print(sys.intern(''.join(['py', 'thon'])) is word)
for bad in [b'bytes', 5, None]:
    try:
        sys.intern(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class S(str):
    pass
try:
    sys.intern(S('sub'))
except TypeError as e:
    print(type(e).__name__, e)
