# Properties are inherited like methods; a subclass can replace one or
# extend it with @Base.prop.setter.


class Shape:
    def __init__(self, name):
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def label(self):
        return f'shape {self.name}'


class Square(Shape):
    @property
    def label(self):
        return 'square: ' + super().label

    @Shape.name.setter
    def name(self, value):
        self._name = value.lower()


s = Square('BIG')
print(s.name, '|', s.label)
s.name = 'SMALL'
print(s.name)
try:
    Shape('x').name = 'y'
except AttributeError as e:
    print(type(e).__name__, e)
print(Square.name.fget is Shape.name.fget, Square.name is Shape.name)


class Plain(Shape):
    name = 'class attribute replaces the property'


print(Plain('p').name)


class Counted(Shape):
    reads = 0

    @property
    def name(self):
        Counted.reads += 1
        return Shape.name.fget(self).title()


c = Counted('bob')
print(c.name, c.label, Counted.reads)
