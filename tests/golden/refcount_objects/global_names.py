# sys.getrefcount of an instance held by global names; the argument of
# getrefcount itself adds one.
import sys


class C:
    pass


a = C()
print('a = C():', sys.getrefcount(a))
print('temporary C():', sys.getrefcount(C()))
b = a
print('b = a:', sys.getrefcount(a))
c = b
print('c = b:', sys.getrefcount(a))
b = 100
print('b = 100:', sys.getrefcount(a))
del c
print('del c:', sys.getrefcount(a))
a2 = a
a = None
print('a = None, seen through a2:', sys.getrefcount(a2))
x = y = z = C()
print('x = y = z = C():', sys.getrefcount(x))
x, y = y, x
print('after swapping:', sys.getrefcount(z))
