# __dict__ of a class (a read-only mappingproxy) and of an instance (a dict).


class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


print(type(Point.__dict__).__name__)
print(sorted(k for k in Point.__dict__ if not k.startswith('__')))
print(sorted(Point.__dict__))
print(Point.__dict__['dims'])
print(type(Point.__dict__['norm2']).__name__)
print(Point.__dict__['__module__'])
print('x' in Point.__dict__)

p = Point(3, 4)
print(p.__dict__)
print(type(p.__dict__).__name__)
p.z = 5
print(p.__dict__)
p.__dict__['w'] = 6      # writing the dict makes a real attribute
print(p.w)
del p.__dict__['x']
print(hasattr(p, 'x'), list(p.__dict__))
print(vars(p) is p.__dict__)

try:
    Point.__dict__['dims'] = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point.__dict__ = {}
except AttributeError as e:
    print(type(e).__name__, e)

# An instance __dict__ can be replaced by another dict.
q = Point(1, 2)
q.__dict__ = {'x': 10, 'y': 20, 'tag': 'new'}
print(q.x, q.y, q.tag, q.norm2())
try:
    q.__dict__ = [1, 2]
except TypeError as e:
    print(type(e).__name__, e)

# The class dict does not contain inherited names.
class Point3(Point):
    dims = 3


print(sorted(k for k in vars(Point3) if not k.startswith('__')))
print('norm2' in vars(Point3), hasattr(Point3, 'norm2'))
