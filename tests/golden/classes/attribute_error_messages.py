# The messages of AttributeError for instances, classes, modules and builtins.
import sys
import math


class A:
    x = 1

    def method(self):
        return self.x


class B(A):
    pass


def show(fn):
    try:
        fn()
    except AttributeError as e:
        print(type(e).__name__, '|', e)


show(lambda: A().missing)
show(lambda: A.missing)
show(lambda: B().y)
show(lambda: B.y)
show(lambda: A().x.y)
show(lambda: (5).foo)
show(lambda: 'abc'.foo)
show(lambda: [].push)
show(lambda: {}.foo)
show(lambda: None.foo)
show(lambda: int.foo)
show(lambda: type.foo)
show(lambda: object().foo)
show(lambda: math.foo)
show(lambda: sys.foo)
show(lambda: (lambda: 0).foo)
show(lambda: A.__dict__.foo)


def f():
    pass


show(lambda: f.missing)
show(lambda: A().method.missing)

# The exception carries name and obj (3.10+).
try:
    A().gone
except AttributeError as e:
    print(e.name, type(e.obj).__name__, e.args)
try:
    A.gone
except AttributeError as e:
    print(e.name, e.obj is A)
e = AttributeError('custom')
print(e.name, e.obj, e.args)
