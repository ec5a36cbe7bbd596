# Common __repr__ conventions: constructor-like reprs with !r, type(self).__name__
# so subclasses show their own name, and reprs of nested objects.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'{type(self).__name__}({self.x!r}, {self.y!r})'

    def __eq__(self, other):
        return type(self) is type(other) and (self.x, self.y) == (other.x, other.y)


class Point3(Point):
    pass


class Segment:
    def __init__(self, a, b, label=None):
        self.a, self.b, self.label = a, b, label

    def __repr__(self):
        args = [repr(self.a), repr(self.b)]
        if self.label is not None:
            args.append(f'label={self.label!r}')
        return f'Segment({", ".join(args)})'


p = Point(1, 2.5)
print(p, Point3('x', None))
print(repr(p) == repr(Point(1, 2.5)), Point(1, 2.5) == p)
s = Segment(p, Point(0, 0), label="it's")
print(s)
print(Segment(Point3(1, 1), p))
print(repr(s) == str(s), f'{s!r}' == f'{s}')


class Quiet:
    def __repr__(self):
        return f'<{type(self).__qualname__} id={self.ident}>'

    def __init__(self, ident):
        self.ident = ident


print([Quiet(1), Quiet(2)])
print(object.__repr__(p).startswith('<__main__.Point object at 0x'))
