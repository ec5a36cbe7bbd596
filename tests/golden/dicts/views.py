# keys/values/items views: live, set-like operations, repr.
d = {'a': 1, 'b': 2, 'c': 3}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
print(len(keys), 'a' in keys, 2 in values, ('b', 2) in items, ('b', 3) in items)
d['d'] = 4
del d['a']
print(keys, values, items)
other = {'c': 30, 'd': 4, 'e': 5}
print(keys & other.keys(), keys | other.keys(), keys - other.keys(), keys ^ other.keys())
print(sorted(keys & {'b', 'zz'}), keys == {'b', 'c', 'd'}, keys <= {'b', 'c', 'd', 'x'}, keys.isdisjoint(['q']))
print(items & other.items(), items - other.items(), sorted(items | {('z', 0)}))
print(list(keys), list(values), list(items), type(keys).__name__, type(items).__name__)
print(list(reversed(keys)), keys.mapping, repr(items.mapping))
print(values == values, d.values() == d.values(), list(values) == list(d.values()))
print({}.keys(), {}.values(), {}.items())
empty = {}
print(empty.keys() == set(), bool(empty.items()), bool(d.keys()))
try:
    keys[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    values | values
except TypeError as e:
    print(type(e).__name__, e)
print(items & [['b', 2], ('c', 3)], items & [('x', [])])
try:
    keys & [[]]
except TypeError as e:
    print(type(e).__name__, e)
