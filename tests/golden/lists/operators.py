# List operators: + * in, comparisons, and the [[...]] * n aliasing trap.
a = [1, 2, 3]
b = [4, 5]
print(a + b, b + a, a * 2, 2 * a, [0] * 5, [] * 3, a * 0, a * -1)
print(3 in a, 6 in a, [1, 2] in [[1, 2], 3], 'x' not in a)
print([1, 2] == [1, 2], [1, 2] == [2, 1], [1, 2] != [1, 2, 3], [] == [])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 100], ['a'] < ['b'], [[1]] < [[2]])
print([1, 2] <= [1, 2], [3] >= [2, 9], [1, 'a'] < [2, 'b'])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid, grid[0] is grid[1])
c = a
c += [4]
print(a, c is a)
c = c + [5]
print(a, c, c is a)
print(len(a * 1000), (a * 2).count(1), max(a + b), sum(a * 3))
try:
    print([1] < ['a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] + (2,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] * 2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] - [1])
except TypeError as e:
    print(type(e).__name__, e)
