# range() argument errors and big ranges.
for args in [(1.5,), (0, 10, 0), (), (1, 2, 3, 4), ('5',), (None,), (0, 2.0), (1, 5, 0.5)]:
    try:
        print(range(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
huge = range(2**64)
print(huge[2**63], huge[-1], 2**64 - 1 in huge, huge.count(5))
try:
    print(len(huge))
except OverflowError as e:
    print(type(e).__name__, e)
print(huge.__len__ is not None, range(2**62).__len__())
try:
    range(3).foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    range(3) + range(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3) * 2
except TypeError as e:
    print(type(e).__name__, e)
