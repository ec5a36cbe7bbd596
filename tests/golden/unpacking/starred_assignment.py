# Starred targets at the start, middle and end.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
a, b, *empty = (1, 2)
print(a, b, empty)
*everything, = {'x': 1, 'y': 2}
print(everything)
x, *y, z = [1, 2]
print(x, y, z)
[p, *q] = 'hi'
print(p, q, type(q).__name__)
(m, *n), o = 'xyz', 'w'
print(m, n, o)
*_, penultimate, _ = [10, 20, 30, 40]
print(penultimate)
line = 'GET /index.html HTTP/1.1 extra tokens'
method, path, *others = line.split()
print(method, path, others)
def f():
    return 1, 2, 3, 4, 5
one, two, *more = f()
print(one, two, more)
for first, *others in [(1, 2, 3), (4,), 'ab']:
    print(first, others)
