# How sets print: small ints in hash order, strings in PYTHONHASHSEED=0 order.
print({3, 1, 2}, {10, 5, 1, 100}, {-1, -2, 0}, set(range(10)))
print({8, 16, 0}, {1, 9, 17, 25}, {33, 1}, {2**40, 1, 2})
print(set(range(20, 0, -3)), {0.5, 1.5, 2.0}, {True, 2, 0})
print({'banana', 'apple', 'cherry'}, {'a', 'b', 'c', 'd'})
print({'x'}, set('hello'), set('mississippi'), sorted(set('mississippi')))
print(set(), frozenset(), {()}, {None})
words = ['red', 'green', 'blue', 'green', 'red']
unique = set(words)
print(unique, len(unique), sorted(unique))
s = set()
for i in [50, 10, 40, 20, 30]:
    s.add(i)
print(s, list(s), [x for x in s], tuple(s))
big = set(range(100))
for i in range(0, 100, 3):
    big.discard(i)
print(len(big), min(big), max(big), sorted(big)[:5], list(big)[:5])
