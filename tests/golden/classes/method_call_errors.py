# Calling methods with the wrong arguments: the messages name the method by
# its qualified name.


class Calculator:
    def add(self, a, b):
        return a + b

    def scale(self, value, *, factor=2):
        return value * factor

    def nothing(self):
        return 'nothing'

    def broken():
        return 'no self'


c = Calculator()
print(c.add(2, 3), c.scale(4), c.scale(4, factor=3), c.nothing())


def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)


attempt(c.add, 1)
attempt(c.add)
attempt(c.add, 1, 2, 3)
attempt(c.scale, 1, 2)
attempt(c.scale, 1, fctor=2)
attempt(c.nothing, 1)
attempt(c.broken)
attempt(Calculator.broken)
attempt(Calculator.add, 1, 2)
attempt(Calculator.add, c, 1, 2)
attempt(Calculator.nothing)
attempt(c.add, 1, b=2)
attempt(c.add, 1, a=2)
attempt(c.add, self=c, a=1, b=2)
attempt(Calculator)
attempt(Calculator, 1)
attempt(c)
