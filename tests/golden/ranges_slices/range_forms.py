# range() with one, two and three arguments, empty ranges, repr, len, equality.
for r in [range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0),
          range(-3, 3), range(0, -10, -4), range(1, 2, 100), range(0)]:
    print(repr(r), len(r), list(r), bool(r))
print(range(0) == range(2, 2), range(0, 3) == range(3), range(0, 5, 2) == range(0, 6, 2))
print(range(1, 2) == range(1, 3, 5), range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2])
print(hash(range(0)) == hash(range(4, 1)), hash(range(3)) == hash(range(0, 3, 1)))
print(sum(range(101)), sum(range(0, 101, 2)), max(range(7)), min(range(3, 9)))
print(list(range(-5, 5, 3)), list(range(10, -10, -7)), tuple(range(3)))
print(range(True, 3), range(2**100, 2**100 + 3), len(range(2**100, 2**100 + 3)))
for i in range(3):
    print('loop', i)
print([i * i for i in range(1, 6)], str(range(1, 3)), type(range(1)).__name__)
