# __int__, __float__, __complex__ and __index__ as used by the builtins.


class Fraction:
    def __init__(self, num, den):
        self.num = num
        self.den = den

    def __int__(self):
        return self.num // self.den

    def __float__(self):
        return self.num / self.den

    def __complex__(self):
        return complex(float(self), 0)

    def __repr__(self):
        return f'{self.num}/{self.den}'


f = Fraction(7, 2)
print(int(f), float(f), complex(f))
print(int(Fraction(-7, 2)), float(Fraction(1, 3)))


class OnlyIndex:
    def __index__(self):
        return 42


print(int(OnlyIndex()), float(OnlyIndex()))


class BadInt:
    def __int__(self):
        return 3.5


class BadFloat:
    def __float__(self):
        return 1


class Nothing:
    pass


for fn in (lambda: int(BadInt()), lambda: float(BadFloat()), lambda: int(Nothing()),
           lambda: float(Nothing()), lambda: complex(Nothing())):
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)

