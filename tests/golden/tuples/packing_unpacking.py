# Tuple packing and unpacking; single-element and empty tuples.
point = 3, 4
x, y = point
print(point, x, y, type(point).__name__)
single = 5,
also_single = (5,)
not_a_tuple = (5)
print(single, also_single, not_a_tuple, type(not_a_tuple).__name__, len(single))
empty = ()
print(empty, len(empty), tuple(), () == tuple(), type(()).__name__)
def min_max(values):
    return min(values), max(values)
lo, hi = min_max([4, 8, 1, 9])
print(lo, hi, min_max([2]))
a, b = 1, 2
a, b = b, a
print(a, b)
(p, q), r = (1, 2), 3
print(p, q, r)
for name, age in [('Ada', 36), ('Alan', 41)]:
    print(f'{name} is {age}')
record = ('Grace', 'Hopper', 1906)
first, last, year = record
print(f'{last}, {first} ({year})')
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
print((1, 2) + (3,), (0,) * 3, ('a', 'b') * 0, (1,) + ())
print(repr((1,)), repr(((),)), repr((None, (None,))), str(('x', "y'")))
