# The loop variable and the iterated container both hold references.
import sys


class C:
    pass


a = C()
print('global:', sys.getrefcount(a))
for v in [a]:
    print('for v in [a]:', sys.getrefcount(v))
print('after the loop, v still bound:', sys.getrefcount(a))
del v
items = [a, a, a]
for i, item in enumerate(items):
    pass
print('enumerate loop finished, item still bound:', sys.getrefcount(a))
del item
counts = [sys.getrefcount(x) for x in items]
print('inside a comprehension:', counts)
print('after the comprehension:', sys.getrefcount(a))
del items


def gen():
    yield a


it = gen()
print('generator created (not started):', sys.getrefcount(a))
value = next(it)
print('after next(), value bound:', sys.getrefcount(a))
del value
for _ in it:
    pass
print('generator exhausted:', sys.getrefcount(a))


def holds():
    local = C()
    yield sys.getrefcount(local)
    yield sys.getrefcount(local)


print('local of a suspended generator:', list(holds()))
