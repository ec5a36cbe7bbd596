# range() as a builtin: forms, indexing, membership, errors.
print(list(range(4)), list(range(1, 4)), list(range(10, 0, -3)), range(3), range(1, 10, 2))
print(len(range(0, 100, 7)), range(0, 100, 7)[-1], 49 in range(0, 100, 7), range(5)[::-1])
for args in [(), (1.0,), (1, 2, 0), ('1',), (1, 2, 3, 4)]:
    try:
        print(range(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
