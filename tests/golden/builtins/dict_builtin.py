# dict() constructor forms and errors.
print(dict(), dict(a=1), dict([('a', 1), ('b', 2)]), dict({'x': 1}, y=2), dict(zip('ab', [1, 2])))
print(dict([('k', 1), ('k', 2)]), dict(((1, 'one'),)), dict({}.items()), dict.fromkeys('ab', 0))
print(dict(dict(a=1)) == {'a': 1}, type(dict()).__name__, dict is type({}))
for args in [([1],), ([('a',)],), ('ab',), (1,), ([('a', 1)], [])]:
    try:
        print(dict(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
