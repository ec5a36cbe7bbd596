# vars() returns an object's __dict__ (or the local namespace).


class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(vars(p), vars(p) is p.__dict__)
vars(p)['z'] = 3
print(p.z)
print(sorted(k for k in vars(Point) if not k.startswith('__')))
print(type(vars(Point)).__name__)


def local_names(a, b=2):
    c = a + b
    return vars()


print(local_names(1))
import math
print('pi' in vars(math), vars(math)['pi'] == math.pi)

for obj in (5, 'text', [1], None, (1, 2)):
    try:
        vars(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    vars(p, p)
except TypeError as e:
    print(type(e).__name__, e)


class Slotted:
    __slots__ = ('a',)


try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)


class CustomDict:
    @property
    def __dict__(self):
        return {'made': 'up'}


print(vars(CustomDict()))
