# Unpacking in for loops over pairs, triples, enumerate, zip and dict items.
pairs = [('a', 1), ('b', 2), ('c', 3)]
for letter, number in pairs:
    print(letter * number)
for index, (letter, number) in enumerate(pairs, start=1):
    print(index, letter, number)
names = ['ann', 'bob']
ages = [31, 25]
cities = ['Paris', 'Oslo']
for name, age, city in zip(names, ages, cities):
    print(f'{name} ({age}) lives in {city}')
inventory = {'apples': 3, 'pears': 0}
for fruit, count in inventory.items():
    print(fruit, 'in stock' if count else 'sold out')
for x, y in [[1, 2], (3, 4), 'ab', {5: 'five', 6: 'six'}]:
    print(x, y)
for (a, b), c in [((1, 2), 3), ('xy', 'z')]:
    print(a, b, c)
for key, *values in [('k1', 1, 2), ('k2',)]:
    print(key, values)
coords = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*coords)
print(xs, ys)
total_x = total_y = 0
for x, y in coords:
    total_x += x
    total_y += y
print(total_x, total_y)
