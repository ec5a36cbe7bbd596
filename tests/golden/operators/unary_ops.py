# Unary operators: __neg__, __pos__, __abs__, __invert__, and round/trunc.
import math


class Angle:
    def __init__(self, deg):
        self.deg = deg

    def __neg__(self):
        return Angle(-self.deg)

    def __pos__(self):
        return Angle(self.deg % 360)

    def __abs__(self):
        return Angle(abs(self.deg))

    def __invert__(self):
        return Angle(self.deg + 180)

    def __round__(self, ndigits=None):
        return Angle(round(self.deg, ndigits))

    def __trunc__(self):
        return int(self.deg)

    def __floor__(self):
        return math.floor(self.deg)

    def __ceil__(self):
        return math.ceil(self.deg)

    def __repr__(self):
        return f'Angle({self.deg})'


a = Angle(-450.75)
print(-a, +a, abs(a), ~a)
print(round(a), round(a, 1), math.trunc(a), math.floor(a), math.ceil(a))
print(-(-a), ~~a)


class Nothing:
    pass


for op, fn in (('-', lambda x: -x), ('+', lambda x: +x), ('~', lambda x: ~x),
               ('abs', abs), ('round', round)):
    try:
        fn(Nothing())
    except TypeError as e:
        print(op, type(e).__name__, e)
try:
    math.trunc(Nothing())
except TypeError as e:
    print('trunc', type(e).__name__, e)
