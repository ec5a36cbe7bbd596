# property(fget, fset, fdel, doc) called directly, and the copies that
# .getter/.setter/.deleter make.


class Box:
    def __init__(self):
        self._size = 1

    def get_size(self):
        """Size of the box."""
        return self._size

    def set_size(self, value):
        if value < 0:
            raise ValueError('size must be >= 0')
        self._size = value

    def del_size(self):
        print('size deleted')
        del self._size

    size = property(get_size, set_size, del_size)
    size_doc = property(get_size, doc='explicit doc')
    no_doc = property(lambda self: 0)


b = Box()
b.size = 5
print(b.size, b.get_size())
try:
    b.size = -1
except ValueError as e:
    print(type(e).__name__, e)
del b.size
print(hasattr(b, '_size'))
print(Box.size.__doc__, '|', Box.size_doc.__doc__, '|', Box.no_doc.__doc__)

p1 = property(Box.get_size)
p2 = p1.setter(Box.set_size)
p3 = p2.deleter(Box.del_size)
print(p1 is p2, p2 is p3, p1.fset, p2.fset is Box.set_size, p3.fdel is Box.del_size)
p4 = p3.getter(lambda self: 'new getter')
print(p4.fset is Box.set_size, p4.fget(None))
empty = property()
print(empty.fget, empty.fset, empty.fdel, empty.__doc__)


class Holder:
    nothing = property()


try:
    Holder().nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Holder().nothing = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Holder().nothing
except AttributeError as e:
    print(type(e).__name__, e)
