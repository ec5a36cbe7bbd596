# __call__ makes instances callable.


class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, value, *, twice=False):
        result = value * self.factor
        return result * self.factor if twice else result


double = Multiplier(2)
print(double(5), double(5, twice=True), callable(double), callable(Multiplier))
print(list(map(Multiplier(3), [1, 2, 3])))
print(sorted([3, -5, 1], key=Multiplier(-1)))


class Accumulator:
    def __init__(self):
        self.total = 0

    def __call__(self, amount):
        self.total += amount
        return self.total


acc = Accumulator()
for x in (10, 20, 5):
    acc(x)
print(acc.total)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(NotCallable()), callable(len), callable(None))

# __call__ is looked up on the type, not the instance.
n = NotCallable()
n.__call__ = lambda: 'instance attribute'
print(callable(n))
try:
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    double()
except TypeError as e:
    print(type(e).__name__, e)
