# type(name, bases, dict) builds the same kind of class as a class statement.


class Base:
    def hello(self):
        return f'hello from {type(self).__name__}'


def area(self):
    return self.w * self.h


class RectStmt(Base):
    kind = 'rect'

    def __init__(self, w, h):
        self.w = w
        self.h = h

    area = area


def rect_init(self, w, h):
    self.w = w
    self.h = h


RectType = type('RectType', (Base,), {'kind': 'rect', '__init__': rect_init, 'area': area})

for cls in (RectStmt, RectType):
    r = cls(2, 5)
    print(repr(cls), type(cls), cls.__name__, cls.__qualname__, cls.__module__)
    print([c.__name__ for c in cls.__mro__], cls.__bases__)
    print(r.area(), r.kind, r.hello(), sorted(vars(r)))
    print(sorted(k for k in vars(cls) if not k.startswith('__')), cls.__doc__)
    print(repr(r).startswith(f'<__main__.{cls.__name__} object at 0x'))

# No bases means (object,); the dict is copied.
ns = {'x': 1}
Empty = type('Empty', (), ns)
ns['y'] = 2
print(Empty.__bases__, Empty.x, hasattr(Empty, 'y'))
Doc = type('Doc', (), {'__doc__': 'made by type()', '__module__': 'shapes'})
print(Doc.__doc__, Doc.__module__, repr(Doc))
Q = type('Q', (), {'__qualname__': 'Outer.Q'})
print(Q.__name__, Q.__qualname__, '__qualname__' in vars(Q))
print(type('A', (), {}) is type('A', (), {}))
Sub = type('Sub', (RectType,), {})
print(Sub(3, 3).area(), issubclass(Sub, Base))
