# In-place operators: __iadd__ mutates and returns self; without it Python
# falls back to __add__ and rebinds the name.


class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __add__(self, other):
        print('  __add__')
        return Bag(self.items + other.items)

    def __iadd__(self, other):
        print('  __iadd__')
        self.items.extend(other.items)
        return self

    def __repr__(self):
        return f'Bag({self.items})'


class Frozen:
    def __init__(self, items=()):
        self.items = tuple(items)

    def __add__(self, other):
        print('  Frozen.__add__')
        return Frozen(self.items + other.items)

    def __repr__(self):
        return f'Frozen({self.items})'


b = Bag([1])
alias = b
b += Bag([2])
print(b, alias, b is alias)
f = Frozen([1])
alias = f
f += Frozen([2])
print(f, alias, f is alias)


class Counter:
    def __init__(self):
        self.n = 0

    def __iadd__(self, k):
        self.n += k
        return self

    def __isub__(self, k):
        self.n -= k
        return self

    def __imul__(self, k):
        self.n *= k
        return self

    def __ior__(self, k):
        self.n |= k
        return self


c = Counter()
c += 5
c *= 3
c -= 1
c |= 16
print(c.n)


class Forgetful:
    def __iadd__(self, other):
        self.added = other        # forgets to return self


x = Forgetful()
x += 1
print(x)

# The item and attribute forms: value read, combined, then stored back.
class Box:
    def __init__(self):
        self.content = Bag([0])


box = Box()
box.content += Bag([9])
print(box.content)
t = (Bag([1]),)
try:
    t[0] += Bag([2])
except TypeError as e:
    print(type(e).__name__, e)
print(t)
try:
    c //= 2
except TypeError as e:
    print(type(e).__name__, e)
