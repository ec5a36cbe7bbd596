# __getitem__, __setitem__, __delitem__, __contains__ and __len__; old-style
# iteration through __getitem__.


class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, key):
        print(f'  __getitem__({key!r})')
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f'{key} outside the grid')
        return self.cells.get(key, '.')

    def __setitem__(self, key, value):
        print(f'  __setitem__({key!r}, {value!r})')
        self.cells[key] = value

    def __delitem__(self, key):
        print(f'  __delitem__({key!r})')
        del self.cells[key]

    def __contains__(self, value):
        print(f'  __contains__({value!r})')
        return value in self.cells.values()

    def __len__(self):
        return self.w * self.h


g = Grid(3, 2)
g[0, 1] = 'X'
g[2, 0] = 'O'
print(g[0, 1], g[1, 1])
print('X' in g, 'Z' in g, 'Z' not in g)
del g[0, 1]
print(len(g), g.cells)
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del g[9, 9]
except KeyError as e:
    print(type(e).__name__, e)


class Squares:
    """Iterable through __getitem__ only: stops at IndexError."""

    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i


print(list(Squares()), 9 in Squares(), 10 in Squares())
for v in Squares():
    print(v, end=' ')
print()
a, b, *rest = Squares()
print(a, b, rest)


class Sliceable:
    def __getitem__(self, key):
        return key


s = Sliceable()
print(s[1], s[1:2], s[::3], s[1, 2:3], s[...])


class ReadOnly:
    def __getitem__(self, k):
        return k


try:
    ReadOnly()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ReadOnly()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(ReadOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
