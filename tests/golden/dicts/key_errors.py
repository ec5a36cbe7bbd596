# KeyError shows repr() of the key; unhashable keys raise TypeError.
d = {'name': 'Ada'}
for key in ['age', '', 'with space', "quote'", 42, 3.5, (1, 2), None, b'x', ('single',), frozenset()]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    d[()]
except KeyError as e:
    print('empty tuple key:', repr(str(e)), e.args)
for key in [[1], {'a': 1}, {1}, ([],)]:
    try:
        d[key] = 1
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print([] in d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.pop('gone')
except KeyError as e:
    print(repr(e))
try:
    raise KeyError('custom', 2)
except KeyError as e:
    print(e, e.args)
try:
    raise KeyError
except KeyError as e:
    print(repr(str(e)), e.args)
