# filter() with functions and None; it is lazy.
print(list(filter(lambda n: n % 2, range(10))), list(filter(None, [0, 1, '', 'a', None, [], [0]])))
print(list(filter(str.isdigit, ['1', 'a', '22', ''])), tuple(filter(bool, (0, 2))))
f = filter(lambda x: x > 1, [1, 2, 3])
print(type(f).__name__, next(f), list(f), list(f))
def noisy(x):
    print('  testing', x)
    return x > 1
lazy = filter(noisy, [1, 2, 3])
print('created')
print(next(lazy))
print(list(filter(lambda w: len(w) > 3, 'the quick brown fox jumps'.split())))
for args in [(None,), (None, 5), (5, [1])]:
    try:
        print(list(filter(*args)))
    except TypeError as e:
        print(type(e).__name__, e)
