# frozenset: immutable and hashable; usable as a dict key or set element.
fs = frozenset([3, 1, 2, 3])
print(fs, len(fs), 2 in fs, frozenset(), frozenset('aab') == frozenset('ab'))
print(fs | {9}, {9} | fs, type(fs | {9}).__name__, type({9} | fs).__name__, fs & {1, 5})
print(fs.union([4]), fs.copy() is fs, hash(fs) == hash(frozenset([1, 2, 3])))
groups = {frozenset({'ann', 'bob'}): 'team A', frozenset({'cy'}): 'team B'}
print(groups[frozenset(['bob', 'ann'])], frozenset({'cy'}) in groups)
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested), sorted(map(sorted, nested)))
print(frozenset({frozenset()}), frozenset([1.0, 1, True]))
print(repr(frozenset({'x'})), str(frozenset()), set(fs), frozenset(fs) is fs)
for f in [lambda: fs.add(1), lambda: fs.remove(1), lambda: hash(frozenset([[1]])), lambda: frozenset(5)]:
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
