# sum() with start values and its refusal to sum strings.
print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5, 3j]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([True, True, False]), sum([10**20, 1]), sum(x * x for x in range(4)))
print(sum([1, 2], start=100), sum([0.5, 0.25], 1), sum(iter([5])), sum({1: 'a', 2: 'b'}))
for args, kwargs in [((['a', 'b'],), {}), ((['a'], ''), {}), (([b'a'], b''), {}), (([bytearray(b'a')], bytearray()), {}),
                     (([1, 'a'],), {}), ((5,), {}), (([1], 1, 1), {}), ((['x'],), {'start': 'y'})]:
    try:
        print(sum(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)
