# Subclasses of immutable builtins must customise __new__, because the value
# is fixed before __init__ runs.


class Celsius(float):
    def __new__(cls, degrees):
        print('Celsius.__new__', degrees)
        return super().__new__(cls, round(degrees, 1))

    def __repr__(self):
        return f'{float(self)}°C'


t = Celsius(21.456)
print(t, t + 1, type(t + 1).__name__, isinstance(t, float))


class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())


u = Upper('hello')
print(u, len(u), u.lower(), type(u).__name__)


class InitTooLate(int):
    def __init__(self, value):
        value = value * 10       # has no effect on the int value
        super().__init__()


print(InitTooLate(4))


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

    def __repr__(self):
        return f'Pair{tuple.__repr__(self)}'


p = Pair(1, 2)
print(p, p.first, p[1], len(p), p == (1, 2), hash(p) == hash((1, 2)))


class Even(int):
    def __new__(cls, n):
        if n % 2:
            raise ValueError(f'{n} is odd')
        return super().__new__(cls, n)


print(Even(4) + 2)
try:
    Even(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Pair(1)
except TypeError as e:
    print(type(e).__name__, e)
