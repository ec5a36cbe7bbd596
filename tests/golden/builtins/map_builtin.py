# map() with one or several iterables; lazy; stops at the shortest.
print(list(map(str, [1, 2, 3])), list(map(len, ['a', 'bb', ''])), list(map(int, '123')))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(max, [1, 9], [5, 2], [3, 3])), list(map(lambda a, b: a + b, 'abc', 'xy')))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
def shout(s):
    print('  mapping', s)
    return s.upper()
lazy = map(shout, ['a', 'b'])
print('created')
print(list(lazy))
print(sum(map(int, '1 2 3 4'.split())), dict(map(lambda kv: (kv[1], kv[0]), {'a': 1}.items())))
for args in [(str,), (5, [1]), (str, 5), ()]:
    try:
        print(list(map(*args)))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list(map(lambda x: x, [1], [2]))
except TypeError as e:
    print(type(e).__name__, e)
