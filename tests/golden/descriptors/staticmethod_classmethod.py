# staticmethod and classmethod, called on the class and on an instance.


class Temperature:
    unit = 'C'
    made = 0

    def __init__(self, degrees):
        self.degrees = degrees
        type(self).made += 1

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def describe(cls):
        return f'{cls.__name__} in {cls.unit}, {cls.made} made'


class Kelvin(Temperature):
    unit = 'K'
    made = 0


print(Temperature.c_to_f(100), Temperature(0).c_to_f(37))
t = Temperature.from_f(212)
print(type(t).__name__, t.degrees)
k = Kelvin.from_f(32)
print(type(k).__name__, k.degrees)
print(Temperature.describe(), '|', Kelvin.describe(), '|', k.describe())
print(t.from_f(50).degrees)

sm = Temperature.__dict__['c_to_f']
cm = Temperature.__dict__['from_f']
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__ is Temperature.c_to_f, cm.__func__ is Temperature.from_f.__func__)
print(Temperature.from_f.__self__ is Temperature, Kelvin.from_f.__self__ is Kelvin)
print(k.describe.__self__ is Kelvin)
print(type(Temperature.c_to_f).__name__, type(Temperature.from_f).__name__)
print(repr(Temperature.from_f).startswith("<bound method Temperature.from_f of <class '__main__.Temperature'>"))
print(repr(Kelvin.from_f).startswith("<bound method Temperature.from_f of <class '__main__.Kelvin'>"))
print(repr(sm).startswith('<staticmethod('), repr(cm).startswith('<classmethod('))
print(callable(sm), sm(0))
try:
    cm(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Temperature.c_to_f()
except TypeError as e:
    print(type(e).__name__, e)


# A staticmethod keeps the function's attributes (3.10+).
def helper():
    """Helper doc."""


s = staticmethod(helper)
print(s.__name__, s.__doc__, s.__wrapped__ is helper)
