f = lambda: 0
g = lambda x: x * 2
h = lambda x, y=1, *a, z, **k: (x, y, a, z, k)
q = lambda a, /, b: a
r = lambda *, k: k
