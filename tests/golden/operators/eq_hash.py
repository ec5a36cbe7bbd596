# Defining __eq__ without __hash__ makes instances unhashable; __hash__
# must agree with __eq__ for sets and dict keys to work.


class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x


print(P.__hash__)
try:
    hash(P(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {P(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {P(1): 'x'}
except TypeError as e:
    print(type(e).__name__, e)
print(P(1) == P(1), P(1) in [P(0), P(1)])


class H:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, H) and self.x == other.x

    def __hash__(self):
        return hash(self.x)

    def __repr__(self):
        return f'H({self.x})'


s = {H(1), H(1), H(2)}
print(len(s), H(1) in s, sorted(s, key=lambda h: h.x))
d = {H('k'): 1}
d[H('k')] = 2
print(d)
print(hash(H(5)) == hash(5))


class Default:
    pass


print(hash(Default()) is not None, Default.__hash__ is object.__hash__)


class Sub(P):
    __hash__ = object.__hash__      # restore hashing explicitly


print(isinstance(hash(Sub(1)), int))


class Unhashable:
    __hash__ = None


try:
    hash(Unhashable())
except TypeError as e:
    print(type(e).__name__, e)


class BadHash:
    def __hash__(self):
        return 'not an int'


try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))
