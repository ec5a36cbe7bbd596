# If __new__ returns something that is not an instance of the class,
# __init__ is not called.


class Circle:
    def __init__(self, r):
        print('Circle.__init__', r)
        self.r = r


class Factory:
    def __new__(cls, kind, size):
        print('Factory.__new__', kind)
        if kind == 'circle':
            return Circle(size)
        if kind == 'number':
            return size
        if kind == 'none':
            return None
        return super().__new__(cls)

    def __init__(self, kind, size):
        print('Factory.__init__', kind, size)
        self.kind = kind


c = Factory('circle', 2)
print(type(c).__name__, c.r)
n = Factory('number', 7)
print(type(n).__name__, n)
z = Factory('none', 0)
print(z)
f = Factory('plain', 1)
print(type(f).__name__, f.kind)


class Base:
    def __new__(cls, *args):
        if cls is Base and args and args[0] == 'special':
            return super().__new__(Special)
        return super().__new__(cls)

    def __init__(self, *args):
        print(type(self).__name__, '__init__ with', args)


class Special(Base):
    pass


s = Base('special')     # a subclass instance: __init__ is called
print(type(s).__name__)
b = Base('plain')
print(type(b).__name__)


class Other:
    def __init__(self, *args):
        print('Other.__init__ never runs here')


class ReturnsOther:
    def __new__(cls):
        return object.__new__(Other)

    def __init__(self):
        print('ReturnsOther.__init__ never runs either')


r = ReturnsOther()
print(type(r).__name__)
