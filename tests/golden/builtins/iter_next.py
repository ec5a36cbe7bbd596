# iter() with one and two arguments; next() with and without default.
it = iter([1, 2, 3])
print(type(it).__name__, next(it), next(it), next(it), next(it, 'default'), next(it, None))
print(type(iter('ab')).__name__, type(iter((1,))).__name__, type(iter({1: 2})).__name__, type(iter({1})).__name__)
print(type(iter(range(2))).__name__, type(iter(b'x')).__name__, type(iter({}.items())).__name__)
print(iter(it) is it, list(iter([])), list(iter('xyz')))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
chunks = iter(['ab', 'cd', '', 'never'])
print(list(iter(lambda: next(chunks), '')))
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), next(Countdown(1)), next(Countdown(0), 'empty'))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), list(iter(Seq())))
for f in [lambda: iter(5), lambda: next([1]), lambda: iter(5, 0), lambda: next(iter([])),
          lambda: iter(), lambda: next(), lambda: iter([], None, 1)]:
    try:
        print(f())
    except (TypeError, StopIteration) as e:
        print(type(e).__name__, e)
