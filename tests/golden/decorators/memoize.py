# A hand-written memoizing decorator with a cache dictionary on the wrapper.


def memoize(func):
    cache = {}

    def wrapper(*args):
        if args in cache:
            return cache[args]
        result = func(*args)
        cache[args] = result
        return result
    wrapper.cache = cache
    return wrapper


@memoize
def paths(rows, cols):
    if rows == 1 or cols == 1:
        return 1
    return paths(rows - 1, cols) + paths(rows, cols - 1)


print(paths(3, 3), paths(10, 10), paths(16, 16))
print(len(paths.cache), (3, 3) in paths.cache, paths.cache[(2, 2)])


@memoize
def describe(x):
    print('computing', x)
    return f'<{x}>'


print(describe(1), describe(1), describe('1'), describe(1.0))
print(sorted(map(repr, describe.cache)))
try:
    describe([1])
except TypeError as e:
    print(type(e).__name__, e)
