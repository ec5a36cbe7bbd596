# Variations on tutorial 03: __new__ prints, __init__ prints, the refcount
# follows the names, and __del__ runs when the count reaches zero.
import sys


class AA:
    def __new__(cls, *args, **kwargs):
        print('allocate')
        return super(AA, cls).__new__(cls)

    def __init__(self, name):
        self.name = name
        print('init', name)

    def __del__(self):
        print('bye', self.name)


a = AA('a')
print('refcount of a:', sys.getrefcount(a))
b = a
print('refcount of a:', sys.getrefcount(a))
b = 100
print('refcount of a:', sys.getrefcount(a))
group = [a, AA('second')]
print('refcount of a in a list:', sys.getrefcount(a), 'second:', sys.getrefcount(group[1]))
group.pop()
print('after pop')
del group
a = AA('third')
print('rebound a; the first object is gone')
print('end of program')
