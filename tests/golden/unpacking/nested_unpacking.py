# Nested unpacking in assignments and loops.
(a, b), c = (1, 2), 3
print(a, b, c)
x, (y, (z, w)) = 1, (2, (3, 4))
print(x, y, z, w)
[(n1, n2), [n3, *n4]] = [(1, 2), [3, 4, 5]]
print(n1, n2, n3, n4)
points = [((0, 0), 'origin'), ((3, 4), 'p')]
for (px, py), label in points:
    print(label, px, py, (px ** 2 + py ** 2) ** 0.5)
data = {'ann': (31, ('Paris', 'FR')), 'bob': (25, ('Oslo', 'NO'))}
for name, (age, (city, country)) in data.items():
    print(f'{name}: {age}, {city} ({country})')
(first_char, *_), second = 'hello', 'world'
print(first_char, second)
matrix = [[1, 2], [3, 4]]
[[a11, a12], [a21, a22]] = matrix
print(a11 * a22 - a12 * a21)
for i, (k, v) in enumerate({'p': 1, 'q': 2}.items()):
    print(i, k, v)
((a,),) = ((5,),)
print(a)
