a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 'xyz'
print(a, b, c)
a, *b = [1, 2, 3]
print(a, b)
*a, b = range(4)
print(a, b)
a, *b, c = (1, 2)
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
x = y = z = 7
print(x, y, z)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
d = {}
d['k'], d['j'] = 1, 2
print(d)
class O: pass
o = O()
o.p, o.q = 'p', 'q'
print(o.p, o.q)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
l = [0, 1, 2, 3, 4]
l[1:3] = ['a']
print(l)
del l[0], l[-1]
print(l)
x = 5
x += 3; x -= 1; x *= 2; x //= 3; x **= 2; x %= 7; x <<= 2; x >>= 1; x |= 1; x &= 7; x ^= 2
print(x)
o.p += 'x'
l = [1, 2]
l[0] += 10
print(o.p, l)
print(*[1, 2], *(3,), sep='-')
print(dict(**{'a': 1}, b=2))
def f(*args, **kw): return args, kw
print(f(*range(3), 5, *[6], x=1, **{'y': 2}))
print(f(**{'z': 3}))
print([*range(3), 9], (*'ab',), {*'aa', 'b'} == {'a', 'b'}, {**{'a': 1}, 'b': 2})
