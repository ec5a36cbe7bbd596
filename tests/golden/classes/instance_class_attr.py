# obj.__class__ is type(obj); assigning __class__ changes an instance's
# behaviour when the layouts are compatible.


class Caterpillar:
    def describe(self):
        return f'{self.name} crawls'


class Butterfly:
    def describe(self):
        return f'{self.name} flies'


c = Caterpillar()
c.name = 'Bea'
print(c.__class__ is Caterpillar, type(c) is c.__class__)
print(c.describe())
c.__class__ = Butterfly
print(c.describe(), type(c).__name__, isinstance(c, Caterpillar))
print(c.name, vars(c))
print(Caterpillar.__class__, type.__class__)
print((5).__class__, 'x'.__class__, [].__class__, None.__class__)

try:
    c.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.__class__ = 'Butterfly'
except TypeError as e:
    print(type(e).__name__, e)
try:
    (5).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)


class Slotted:
    __slots__ = ('a',)


try:
    c.__class__ = Slotted
except TypeError as e:
    print(type(e).__name__, e)

# A new instance created from the class of another.
d = type(c)()
d.name = 'Dee'
print(d.describe())
e = c.__class__.__new__(c.__class__)
print(type(e).__name__, vars(e))
