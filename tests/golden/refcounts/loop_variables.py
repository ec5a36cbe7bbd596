# A for-loop variable is one more reference to the current item.
import sys
a = list('abc')
for v in [a]:
    print('global, list, loop variable, argument:', sys.getrefcount(v))
print('after the loop v still refers to it:', sys.getrefcount(a))
del v
print('after del v:', sys.getrefcount(a))
items = [list('x') for _ in range(3)]
counts = []
for item in items:
    counts.append(sys.getrefcount(item))
print(counts)
del item
print([sys.getrefcount(i) for i in items])
pairs = [(list('p'), list('q'))]
for first, second in pairs:
    print('unpacked pair:', sys.getrefcount(first), sys.getrefcount(second))
# enumerate reuses its result tuple, which still holds the current item after unpacking
for i, obj in enumerate(items):
    print(i, sys.getrefcount(obj))
