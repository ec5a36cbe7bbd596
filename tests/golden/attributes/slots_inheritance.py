# __slots__ and inheritance; adding __dict__ to the slots; slot errors.


class Base:
    __slots__ = ('a',)


class WithDict(Base):
    pass                              # no __slots__: instances get a __dict__


class More(Base):
    __slots__ = ('b',)


class Open(Base):
    __slots__ = ('b', '__dict__')


w = WithDict()
w.a = 1
w.anything = 2
print(w.a, w.anything, vars(w))
m = More()
m.a, m.b = 1, 2
print(m.a, m.b)
try:
    m.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
o = Open()
o.a, o.b, o.c = 1, 2, 3
print(o.a, o.b, o.c, vars(o))


def attempt(label, make):
    try:
        make()
        print(label, 'ok')
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


attempt('conflict', lambda: type('C', (), {'__slots__': ('x',), 'x': 1}))
attempt('duplicate dict', lambda: type('D', (), {'__slots__': ('__dict__', '__dict__')}))
attempt('bad name', lambda: type('E', (), {'__slots__': ('not valid',)}))
attempt('not str', lambda: type('F', (), {'__slots__': (1,)}))
attempt('dict twice', lambda: type('G', (Open,), {'__slots__': ('__dict__',)}))
attempt('layout', lambda: type('H', (More, Open), {}))
attempt('list of names', lambda: type('I', (), {'__slots__': ['p', 'q']}))


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


class Point3(Point):
    __slots__ = ('z',)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


p = Point3(1, 2, 3)
print(p, p.z, [n for n in dir(p) if not n.startswith('_')])
