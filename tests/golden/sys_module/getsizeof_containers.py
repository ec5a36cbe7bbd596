# sys.getsizeof of containers: shallow size, literal lists over-allocated.
import sys
size = sys.getsizeof
a, b, c = 1, 2, 3
print('[]', size([]))
print('[1, 2, 3] literal', size([1, 2, 3]))
print('[a, b, c] built', size([a, b, c]))
print('[None] * 3', size([None] * 3))
print('list(range(3))', size(list(range(3))))
print('[10**100] * 3', size([10**100] * 3))
print('()', size(()))
print('(1,)', size((1,)))
print('(1, 2, 3)', size((1, 2, 3)))
print('(a, b, c)', size((a, b, c)))
print('{}', size({}))
print('dict()', size(dict()))
print("{'a': 1}", size({'a': 1}))
print('{1: 1}', size({1: 1}))
print('set()', size(set()))
print('{1, 2, 3}', size({1, 2, 3}))
print('frozenset()', size(frozenset()))
print('set(range(5))', size(set(range(5))))
nested = [[1, 2, 3] * 100]
print('shallow', size(nested), size(nested[0]))
print(size([], 'default'), size(5, 0))
try:
    sys.getsizeof()
except TypeError as e:
    print(type(e).__name__, e)
