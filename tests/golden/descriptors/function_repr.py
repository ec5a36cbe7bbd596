# repr of functions, lambdas, nested functions and methods.


def top():
    def inner():
        def innermost():
            pass
        return innermost
    return inner


class Shape:
    def area(self):
        def helper():
            pass
        return helper

    class Nested:
        def method(self):
            pass


square = lambda x: x * x
print(repr(top))
print(repr(top()))
print(repr(top()()))
print(repr(square))
print(repr(lambda: 0))
print(repr(Shape.area))
print(repr(Shape().area()))
print(repr(Shape.Nested.method))
print(repr(Shape.Nested().method))
print(repr(len), repr(print))
print(repr([lambda: i for i in range(1)][0]))
print(str(top) == repr(top), f'{square!r}' == repr(square))


def renamed():
    pass


renamed.__qualname__ = 'Something.else'
print(repr(renamed))
renamed.__name__ = 'changed'
print(renamed.__name__, repr(renamed))
