# list() and tuple() constructors from any iterable.
print(list(), tuple(), list('ab'), tuple('ab'), list((1, 2)), tuple([1, 2]), list(range(3)), tuple(range(3)))
print(list({'a': 1, 'b': 2}), tuple({'a': 1}.items()), list({3}), list(x * 2 for x in range(3)))
t = (1, 2)
l = [1, 2]
print(tuple(t) is t, list(l) is l, list(l) == l)
for v in [1, None]:
    for ctor in [list, tuple]:
        try:
            ctor(v)
        except TypeError as e:
            print(ctor.__name__, type(e).__name__, e)
try:
    tuple(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
