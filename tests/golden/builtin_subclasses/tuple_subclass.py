# A hand-written record type on top of tuple (like a namedtuple).


class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f'Point(x={self.x}, y={self.y})'

    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])


p = Point(1, 2)
q = p + (10, 20)
print(p, q, q.x, q.y, len(q), list(q))
x, y = q
print(x, y, p == (1, 2), p < q, hash(p) == hash((1, 2)))
print({p: 'origin-ish'}[(1, 2)], sorted([q, p]))
print(type(p[:1]).__name__, type(p * 2).__name__, p.count(1), p.index(2))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(p, tuple), issubclass(Point, tuple), Point.__mro__)
