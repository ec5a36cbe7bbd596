# repr of descriptors and class namespaces.


class Point:
    __slots__ = ('x', 'y')


class Shape:
    kind = 'shape'

    @property
    def area(self):
        return 0

    @staticmethod
    def make():
        pass

    @classmethod
    def build(cls):
        pass


print(Point.x)
print(Point.__dict__['y'])
print(Shape.__dict__['__dict__'])
print(Shape.__dict__['__weakref__'])
print(Shape.__dict__['area'])
print(Shape.__dict__['make'])
print(Shape.__dict__['build'])
print(int.__dict__['real'], type(int.__dict__['real']).__name__)
print(str.__dict__['upper'])
print(object.__dict__['__init__'])
print(type.__dict__['__name__'])
print(Shape.__dict__)
print(Point.__dict__)
print(type(Shape.__dict__), type(Shape.__dict__['__dict__']).__name__)
