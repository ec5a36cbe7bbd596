# Objects that are only temporaries, attribute values and return values.
import sys


class C:
    def __init__(self):
        self.child = C.Child()

    class Child:
        pass

    def make(self):
        return C.Child()


print('C():', sys.getrefcount(C()))
print('C().child:', sys.getrefcount(C().child))
c = C()
print('c.child (held by c):', sys.getrefcount(c.child))
print('c.make():', sys.getrefcount(c.make()))
print('[C()][0]:', sys.getrefcount([C()][0]))
print('(c,)[0]:', sys.getrefcount((c,)[0]))
print('{"k": c}["k"]:', sys.getrefcount({'k': c}['k']))
print('getattr(c, "child"):', sys.getrefcount(getattr(c, 'child')))
x = c.child
print('x = c.child:', sys.getrefcount(x))
del c
print('after del c, x is the only holder:', sys.getrefcount(x))
