# __iter__ and __next__: a class iterator, an iterable returning a fresh
# iterator, and generator-based __iter__.


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


c = Countdown(3)
print(list(c), list(c))        # an iterator is exhausted after one pass
print(next(Countdown(5)), next(Countdown(0), 'empty'))


class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2


r = Range2(7)
print(list(r), list(r), sum(r), 4 in r, 5 in r)
it = iter(r)
print(type(it).__name__, next(it), next(it))
print(dict(zip(Range2(6), 'abc')))


class NotIterable:
    pass


class BadIter:
    def __iter__(self):
        return 5


class NoNext:
    def __iter__(self):
        return self


for obj in (NotIterable(), BadIter(), NoNext()):
    try:
        for x in obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)


class IterNone:
    __iter__ = None


try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)
