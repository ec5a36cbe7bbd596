# functools.reduce folds a sequence from the left.
from functools import reduce


print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(lambda a, b: a + b, [], 0))
print(reduce(lambda a, b: a + b, [5]))
print(reduce(lambda acc, w: acc + len(w), ['ab', 'cde', 'f'], 0))
print(reduce(lambda a, b: f'({a}+{b})', 'abcd'))
print(reduce(lambda a, b: f'({a}+{b})', 'abcd', 'z'))
print(reduce(max, [3, 9, 2, 7]))


def merge(d1, d2):
    merged = dict(d1)
    merged.update(d2)
    return merged


print(reduce(merge, [{'a': 1}, {'b': 2}, {'a': 3}], {}))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce(lambda a, b: a + b, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce(lambda a, b: a + b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce(lambda a: a, [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
