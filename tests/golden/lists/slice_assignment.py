# Slice assignment and deletion, including extended slices.
a = list(range(8))
a[2:4] = ['x', 'y', 'z']
print(a)
a[1:1] = [100, 200]
print(a)
a[:3] = []
print(a)
a[-2:] = 'AB'
print(a)
a[:] = range(5)
print(a)
a[::2] = ['e0', 'e2', 'e4']
print(a)
a[::-2] = [4, 2, 0]
print(a)
del a[::2]
print(a)
b = list(range(10))
del b[1:8:3]
print(b)
del b[5:]
print(b)
del b[:]
print(b)
c = [1, 2, 3]
c[len(c):] = [4, 5]
c[10:20] = [6]
c[-100:0] = [0]
print(c)
d = [1, 2, 3]
d[1:2] = d
print(d)
e = [0, 1, 2, 3]
e[3:1] = ['in']
print(e)
for f in [lambda: a.__setitem__(slice(None, None, 2), [1]), lambda: b.__setitem__(slice(0, 2), 5),
          lambda: c.__setitem__(slice(None, None, -1), [1, 2]), lambda: c.__setitem__(slice(0, 1, 0), [])]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    x = [1, 2, 3, 4]
    x[::2] = [9, 9, 9]
except ValueError as e:
    print(type(e).__name__, e)
try:
    y = [1, 2]
    y[0:1] = 7
except TypeError as e:
    print(type(e).__name__, e)
