# Function attributes, dict views and iterators hold references too.
import sys
payload = list('payload')
def f():
    pass
f.attr = payload
print('function attribute', sys.getrefcount(payload))
del f.attr
print('attribute deleted', sys.getrefcount(payload))
it = iter([payload])
print('held by a list held by an iterator', sys.getrefcount(payload))
next(it)
print('after next(): the iterator still holds its list', sys.getrefcount(payload))
del it
print('iterator gone', sys.getrefcount(payload))
d = {'a': payload}
vals = d.values()
print('dict value (the view adds nothing)', sys.getrefcount(payload))
gen = (x for x in [payload])
print('plus a list held by a generator', sys.getrefcount(payload))
first = next(gen)
print('yielded, bound, and the suspended frame keeps x', sys.getrefcount(payload))
del gen, first
print('after del (the dict still holds it)', sys.getrefcount(payload))
