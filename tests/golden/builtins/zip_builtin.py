# zip(): pairs up iterables, stops at the shortest, strict=True, unzipping.
names = ['ann', 'bob', 'cy']
ages = [31, 25, 40]
print(list(zip(names, ages)), dict(zip(names, ages)), list(zip('ab', 'xyz', [1, 2, 3])))
print(list(zip()), list(zip([1, 2])), list(zip(range(5), 'ab')), list(zip(*[(1, 'a'), (2, 'b')])))
z = zip([1], [2])
print(type(z).__name__, next(z), next(z, 'done'))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(col) for col in zip(*matrix)])
print(list(zip([1, 2], [3, 4], strict=True)))
for args in [([1, 2], [1]), ([1], [1, 2]), ([1], [1], [1, 2, 3]), ([1, 2, 3], [1, 2], [1, 2])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(5,), ([1], None)]:
    try:
        print(list(zip(*args)))
    except TypeError as e:
        print(type(e).__name__, e)
