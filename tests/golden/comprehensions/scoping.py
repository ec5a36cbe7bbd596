# Scoping rules of comprehensions: own scope, first iterable evaluated outside.
x = 'module'
print([x for x in range(3)], x)
funcs = [lambda: n for n in range(3)]
print([f() for f in funcs])
funcs = [lambda n=n: n for n in range(3)]
print([f() for f in funcs])
def outer():
    factor = 10
    return [factor * i for i in range(3)]
print(outer())
class Table:
    rows = 3
    cells = [r for r in range(rows)]
    try:
        grid = [[r * c for c in range(rows)] for r in range(rows)]
    except NameError as e:
        error = str(e)
print(Table.cells, Table.error)
values = [1, 2, 3]
doubled = [v * 2 for v in values if (last := v) > 1]
print(doubled, last)
def counter():
    count = 0
    def bump(items):
        nonlocal count
        return [count := count + 1 for _ in items]
    return bump
bump = counter()
print(bump('ab'), bump('c'))
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
try:
    [i for i in 5]
except TypeError as e:
    print(type(e).__name__, e)
