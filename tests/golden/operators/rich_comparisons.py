# Rich comparisons: reflected fallback (a < b tries b > a), NotImplemented,
# and == falling back to identity.


class Num:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f'  Num({self.v}).__eq__')
        if isinstance(other, Num):
            return self.v == other.v
        return NotImplemented

    def __lt__(self, other):
        print(f'  Num({self.v}).__lt__')
        if isinstance(other, Num):
            return self.v < other.v
        return NotImplemented

    def __gt__(self, other):
        print(f'  Num({self.v}).__gt__')
        if isinstance(other, Num):
            return self.v > other.v
        return NotImplemented

    def __repr__(self):
        return f'Num({self.v})'


a, b = Num(1), Num(2)
print(a < b)
print(a > b)
print(a == Num(1))
print(a != Num(1))          # __ne__ inverts __eq__ by default
print(a == 1)               # both NotImplemented: identity comparison
print(1 == a)
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([Num(3), Num(1), Num(2)]))
print(max(Num(3), Num(7)), min([Num(4), Num(2)]))


class Loose:
    def __eq__(self, other):
        return 'truthy string'

    def __lt__(self, other):
        return 0


print(Loose() == 1, Loose() != 1, Loose() < 1)
print(bool(Loose() < 1), [Loose()] == [Loose()])


class Sub(Num):
    def __lt__(self, other):
        print('  Sub.__lt__')
        return True

    def __gt__(self, other):
        print('  Sub.__gt__')
        return False


print(Num(5) < Sub(1))     # the subclass's reflected __gt__ is tried first
