# Absolute reference counts of class objects in CPython 3.11: a plain class
# is referred to by the module dict, its own __mro__ tuple and the
# __dict__ and __weakref__ descriptors it creates; a subclass adds its
# __bases__, __mro__ and base pointer.
import sys


class Plain:
    pass


print('Plain:', sys.getrefcount(Plain))


class Child(Plain):
    pass


print('Plain after a subclass:', sys.getrefcount(Plain), 'Child:', sys.getrefcount(Child))


class Grandchild(Child):
    pass


print('Plain:', sys.getrefcount(Plain), 'Child:', sys.getrefcount(Child), 'Grandchild:', sys.getrefcount(Grandchild))


class Slotted:
    __slots__ = ()


print('class with empty __slots__:', sys.getrefcount(Slotted))


class WithMethods:
    def a(self):
        pass

    def b(self):
        pass


print('methods do not refer to their class:', sys.getrefcount(WithMethods))


class UsesSuper:
    def m(self):
        return super()


print('a method using super() (the __class__ cell):', sys.getrefcount(UsesSuper))
