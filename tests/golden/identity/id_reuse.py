# Freed objects' memory is reused at once: id([]) == id([]) is True in CPython.
# golden: pymalloc
print(id([]) == id([]), id({}) == id({}), id(object()) == id(object()))
print(id(list('a')) == id(list('b')))
first = id([1, 2])
second = id([3, 4])
print(first == second)
kept = [1, 2]
other = [3, 4]
print(id(kept) == id(other))
ids = set()
for _ in range(5):
    ids.add(id([]))
print(len(ids))
alive = [[] for _ in range(5)]
print(len({id(x) for x in alive}))
