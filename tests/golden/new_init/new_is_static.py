# __new__ is implicitly a staticmethod; __init__ is a plain function.


class A:
    def __new__(cls, *args):
        return super().__new__(cls)

    def __init__(self, *args):
        self.args = args


print(type(A.__dict__['__new__']).__name__, type(A.__dict__['__init__']).__name__)
print(A.__new__ is A.__dict__['__new__'].__func__)
a = A.__new__(A, 1, 2)
print(type(a).__name__, hasattr(a, 'args'))
print(A.__init__(a, 1, 2), a.args)
print(object.__new__ is A.__base__.__new__, type(object.__new__).__name__)
print(repr(object.__new__).startswith('<built-in method __new__ of type object'))
print(repr(object.__init__))
print(repr(A.__init__))

# Assigning a __new__ after class creation: a plain function is not made
# static, but the type's slot passes the class explicitly, so it still works.
class B:
    pass


def b_new(cls):
    print('b_new for', cls.__name__)
    return object.__new__(cls)


B.__new__ = b_new
b = B()
print(type(b).__name__)
B.__new__ = staticmethod(b_new)
print(type(B()).__name__)
try:
    A.__new__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
