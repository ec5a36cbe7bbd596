# enumerate(): start values, unpacking, laziness, errors.
fruits = ['apple', 'banana', 'cherry']
print(list(enumerate(fruits)), list(enumerate(fruits, 1)), list(enumerate(fruits, start=-1)))
for i, f in enumerate(fruits, start=100):
    print(i, f)
e = enumerate('ab')
print(type(e).__name__, next(e), next(e), next(e, 'done'), iter(e) is e)
print(list(enumerate('')), dict(enumerate('xyz')), list(enumerate(range(2), 10**20)))
print([i for i, c in enumerate('banana') if c == 'a'])
for args, kwargs in [((5,), {}), ((), {}), (([1], 'x'), {}), (([1],), {'begin': 1})]:
    try:
        print(list(enumerate(*args, **kwargs)))
    except TypeError as e:
        print(type(e).__name__, e)
