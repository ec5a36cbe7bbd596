# Tuple comparison is lexicographic; tuples are hashable when their items are.
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), () < (0,))
print((1, 'b') < (1, 'c'), ('a', 1) < ('b', 0), (1, 2) <= (1, 2), (3, 0) >= (2, 99))
print((1, 2.0) == (1.0, 2), (1, 2) != [1, 2], (0,) == (False,))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
print(max([(3, 'x'), (3, 'y'), (1, 'z')]), min((5, 1), (5, 0)))
locations = {(0, 0): 'origin', (1, 0): 'east', (0, 1): 'north'}
print(locations[(1, 0)], locations[0, 1], (0, 0) in locations)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()))
print(hash((1, 2, 3)), hash(()), hash((1,)), hash(('a',)) == hash(('a',)))
print(hash((1, (2, 3))) == hash((1, (2, 3))), hash((1.0, True)) == hash((1, 1)))
seen = set()
for pair in [(1, 2), (2, 1), (1, 2)]:
    seen.add(pair)
print(sorted(seen))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, {2}): 'x'}
except TypeError as e:
    print(type(e).__name__, e)
try:
    print((1, 2) < (1, 'a'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print((1,) < [1])
except TypeError as e:
    print(type(e).__name__, e)
