# frozenset() constructor.
print(frozenset(), frozenset([1, 2, 2]), frozenset('aab') == frozenset('ba'), frozenset(range(3)))
print(frozenset({'a': 1}), frozenset(x % 3 for x in range(10)), len(frozenset('hello')))
fs = frozenset([1, 2])
print(frozenset(fs) is fs, hash(fs) == hash(frozenset([2, 1])), {fs: 'key'}[frozenset([1, 2])])
for v in [1, None, [[1]]]:
    try:
        frozenset(v)
    except TypeError as e:
        print(type(e).__name__, e)
