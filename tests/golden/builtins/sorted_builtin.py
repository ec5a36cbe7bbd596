# sorted(): any iterable, key, reverse, stability; returns a new list.
data = [3, 1, 2]
result = sorted(data)
print(result, data, result is data)
print(sorted('banana'), sorted({'b': 1, 'a': 2}), sorted({3, 1}), sorted((2, 1)), sorted(x % 4 for x in range(8)))
people = [('ann', 31), ('bob', 25), ('cy', 31), ('dee', 25)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(['B', 'a', 'C'], key=str.lower), sorted([-2, 1, -3], key=abs, reverse=True))
print(sorted([]), sorted([[2], [1, 5], [1]]), sorted([1.5, 1, True, 0]))
for args, kwargs in [(([1, 'a'],), {}), ((5,), {}), (([1], None), {}), ((), {}), (([1],), {'cmp': None})]:
    try:
        print(sorted(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)
