# Subclassing int: arithmetic returns plain ints unless overridden.


class Celsius(int):
    def __repr__(self):
        return f'Celsius({int(self)})'

    def to_fahrenheit(self):
        return self * 9 // 5 + 32


t = Celsius(20)
# int has no __str__ of its own, so str() and print use the custom __repr__.
print(t, repr(t), str(t), t.to_fahrenheit(), t + 1, type(t + 1).__name__)
print(isinstance(t, int), t == 20, hash(t) == hash(20), {20: 'x'}[t])
print(f'{t}', f'{t:05d}', '%d' % t, [t])
print(type(-t).__name__, type(abs(t)).__name__, type(t * 1).__name__, type(+t).__name__)


class Bits(int):
    def __add__(self, other):
        return Bits(int(self) | int(other))

    def __str__(self):
        return bin(self)


b = Bits(4) + Bits(1)
print(b, type(b).__name__, int(b), b + 2, 2 + b, type(2 + b).__name__)


class Plain(int):
    pass


p = Plain(7)
p.label = 'with a dict'
print(p, repr(p), p.label, Plain('11', 2), Plain(), Plain(3.9))
print(True + Plain(1), type(Plain(1) // 2).__name__)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Money(float):
    def __str__(self):
        return f'${self:.2f}'


m = Money(3.5)
print(m, repr(m), m * 2, type(m * 2).__name__, round(m), isinstance(m, float))
