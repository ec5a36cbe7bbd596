# Every way to build a dict, and the errors of dict().
print({}, dict(), {'a': 1, 'b': 2}, dict(a=1, b=2))
print(dict([('x', 1), ('y', 2)]), dict(zip('abc', range(3))), dict([['k', 'v'], 'pq']))
print(dict({'a': 1}, b=2), dict({'a': 1}, a=3), dict([('a', 1)], a=2, c=3))
print(dict.fromkeys('abc'), dict.fromkeys(['x', 'y'], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys(['p', 'q'], [])
shared['p'].append(1)
print(shared)
print({k: k * 2 for k in range(4)}, dict((i, str(i)) for i in range(3)))
print({'dup': 1, 'dup': 2}, dict([('dup', 1), ('dup', 2)]))
print({**{'a': 1}, 'b': 2, **{'a': 3}}, dict(**{'x': 1}))
original = {'n': [1]}
copy = original.copy()
copy2 = dict(original)
copy['n'].append(2)
copy['m'] = 0
print(original, copy, copy2, copy2 is original)
for args, kwargs in [(([1, 2],), {}), (([(1, 2, 3)],), {}), (([(1,)],), {}), ((5,), {}),
                     (({}, {}), {}), (('ab', 'c'), {}), ((['abc'],), {})]:
    try:
        print(dict(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
