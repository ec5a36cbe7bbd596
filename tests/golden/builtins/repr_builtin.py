# repr() of built-in objects and of classes with __repr__.
values = [1, -2.5, 1e16, 'text', "it's", b'by', None, True, [1, 'a'], (1,), {'k': [None]}, {3},
          frozenset(), set(), range(2), 1j, slice(1, 2), Ellipsis, NotImplemented, int, len, ValueError('x')]
for v in values:
    print(repr(v))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point(x={self.x!r}, y={self.y!r})'
print(repr(Point(1, 'b')), [Point(0, 0)], str(Point(2, 3)))
class NoRepr:
    pass
print(repr(NoRepr()))
print(repr(print), repr(object()))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    repr()
except TypeError as e:
    print(type(e).__name__, e)
