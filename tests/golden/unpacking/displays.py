# * and ** inside list, tuple, set and dict displays, and in calls.
a = [1, 2]
b = (3, 4)
print([*a, *b], [0, *a, 5, *b, *'xy'], (*a, *b), (*a,), {*a, *b, 1})
print([*range(3), *{'k': 1}], [*[], *()], {*()}, [*'abc'])
d1 = {'x': 1, 'y': 2}
d2 = {'y': 20, 'z': 30}
print({**d1, **d2}, {**d2, **d1}, {'w': 0, **d1, 'x': 100}, {**{}})
print(dict(**d1, z=3), [*d1.items()], {*d1.values()})
print(*a, *b, sep=', ')
first, *rest = [*a, *b]
print(first, rest)
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, *b, **d1, **{'q': 9}))
print([*(n * n for n in range(3))], [*map(str, a)])
cases = [
    ('[*5]', lambda: [*5]),
    ('(*None,)', lambda: (*None,)),
    ('{*1.5}', lambda: {*1.5}),
    ('{**[1, 2]}', lambda: {**[1, 2]}),
    ('{**{"a": 1}, **5}', lambda: {**{"a": 1}, **5}),
    ('f(**{"x": 1}, **{"x": 2})', lambda: f(**{"x": 1}, **{"x": 2})),
]
for label, case in cases:
    try:
        print(case())
    except TypeError as e:
        print(f'{label:<26} {type(e).__name__}: {e}')
