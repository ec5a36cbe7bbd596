# Calls with * and ** unpacking, several of each, and their errors.
def f(a, b, c, d=0):
    return (a, b, c, d)
print(f(*[1, 2, 3]), f(*'xyz'), f(*range(4)), f(1, *[2], *(3,)))
print(f(**{'a': 1, 'b': 2, 'c': 3}), f(1, **{'c': 3}, b=2), f(*[1], **{'b': 2}, c=3, d=4))
print(f(*(i for i in range(3))), f(*{'p': 1, 'q': 2, 'r': 3}))
print(max(*[3, 9, 2]), print(*['a', 'b'], sep='-'), '{}-{}'.format(*'ab'))
args = [1, 2]
kwargs = {'sep': ':'}
print(*args, **kwargs)
print(*[], **{})
def g(*args, **kwargs):
    return args, kwargs
print(g(*[1, 2], *[3], **{'x': 1}, **{'y': 2}))
cases = [
    lambda: f(*5),
    lambda: f(**[1, 2]),
    lambda: f(1, **{'a': 2, 'b': 3, 'c': 4}),
    lambda: g(**{'x': 1}, **{'x': 2}),
    lambda: g(**{1: 'int key'}),
    lambda: f(*[1, 2, 3, 4, 5]),
    lambda: f(*[1]),
    lambda: f(**{'a': 1, 'b': 2, 'c': 3, 'e': 5}),
    lambda: g(*None),
    lambda: g(x=1, **{'x': 2}),
]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print(type(e).__name__, e)
