# functools.total_ordering fills in the missing comparison methods from
# __eq__ and one of __lt__, __le__, __gt__, __ge__.
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split('.'))
        self.text = text

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return f'Version({self.text!r})'


a, b, c = Version('1.2'), Version('1.10'), Version('1.2.0')
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b > a, b >= a, a <= Version('1.2'), a >= Version('1.2'))
print(sorted([b, c, a]), max(a, b), min(a, b, c))
print(sorted(n for n in ('__lt__', '__le__', '__gt__', '__ge__') if n in vars(Version)))
try:
    a < 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    a >= 'x'
except TypeError as e:
    print(type(e).__name__, e)


@total_ordering
class Grade:
    order = 'FDCBA'

    def __init__(self, letter):
        self.letter = letter

    def __eq__(self, other):
        return self.letter == other.letter

    def __gt__(self, other):
        return self.order.index(self.letter) > self.order.index(other.letter)


print(Grade('A') > Grade('B'), Grade('A') < Grade('B'), Grade('C') <= Grade('C'), Grade('D') >= Grade('F'))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)
