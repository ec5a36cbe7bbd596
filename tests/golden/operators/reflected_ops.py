# Reflected operators (__radd__ and friends) run when the left operand
# cannot handle the operation; a subclass's reflected method goes first.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        print(f'  {self}.__add__({other!r})')
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print(f'  {self}.__radd__({other!r})')
        if other == 0:             # lets sum() start from 0
            return self
        return self.__add__(other)

    def __rsub__(self, other):
        print(f'  {self}.__rsub__({other!r})')
        return Money(other - self.cents)

    def __rmul__(self, k):
        print(f'  {self}.__rmul__({k!r})')
        return Money(self.cents * k)

    def __repr__(self):
        return f'Money({self.cents})'


m = Money(150)
print(m + 50)
print(50 + m)
print(100 - m)
print(3 * m)
print(sum([Money(1), Money(2), Money(3)]))
try:
    'x' + m
except TypeError as e:
    print(type(e).__name__, e)
try:
    m - 1
except TypeError as e:
    print(type(e).__name__, e)


class Base:
    def __add__(self, other):
        return 'Base.__add__'

    def __radd__(self, other):
        return 'Base.__radd__'


class Derived(Base):
    def __radd__(self, other):
        return 'Derived.__radd__'


class Unrelated:
    def __radd__(self, other):
        return 'Unrelated.__radd__'


print(Base() + Derived())       # subclass overriding __radd__ wins
print(Base() + Base())
print(Base() + Unrelated())
print(1 + Unrelated(), [1] + Unrelated())


class Both:
    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return NotImplemented


try:
    Both() + Both()
except TypeError as e:
    print(type(e).__name__, e)
