# Single inheritance: inherited methods and attributes, overriding, and
# calling the parent's version explicitly.


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return f'{self.name} with {self.sides} sides and area {self.area()}'


class Rectangle(Shape):
    sides = 4

    def __init__(self, w, h):
        Shape.__init__(self, 'rectangle')
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rectangle):
    def __init__(self, side):
        Rectangle.__init__(self, side, side)
        self.name = 'square'


class Triangle(Shape):
    sides = 3

    def __init__(self, base, height):
        super().__init__('triangle')
        self.base = base
        self.height = height

    def area(self):
        return self.base * self.height / 2

    def describe(self):
        return 'pointy ' + Shape.describe(self)


for s in (Shape('blob'), Rectangle(2, 3), Square(4), Triangle(3, 5)):
    print(s.describe())

sq = Square(2)
print(isinstance(sq, Square), isinstance(sq, Rectangle), isinstance(sq, Shape))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Square, Square))
print(type(sq).__mro__)
print(Square.area is Rectangle.area, Square.describe is Shape.describe)
print('area' in vars(Square), 'area' in vars(Rectangle))
print(sorted(vars(sq)))


class Base:
    def __init__(self):
        self.ready = True


class NoInit(Base):
    pass


class ForgetsSuper(Base):
    def __init__(self):
        self.other = 1


print(NoInit().ready)
try:
    ForgetsSuper().ready
except AttributeError as e:
    print(type(e).__name__, e)
