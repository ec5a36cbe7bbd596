# Assigning an attribute that is not in __slots__, uncaught.


class Vector:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


v = Vector(1, 2)
v.x = 10
print(v.x, v.y)
v.z = 3
