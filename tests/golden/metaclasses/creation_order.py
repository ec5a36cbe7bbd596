# The full order of events when a class statement runs: decorator
# expressions, __prepare__, the body, __new__ (inside it __set_name__ and
# __init_subclass__), __init__, then the decorators from the bottom up.


def deco(label):
    print('evaluate decorator', label)

    def apply(cls):
        print('apply decorator', label, 'to', cls.__name__)
        return cls
    return apply


class Attr:
    def __set_name__(self, owner, name):
        print('__set_name__', owner.__name__, name)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('__prepare__', name)
        return {}

    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__ start', name)
        cls = super().__new__(mcls, name, bases, ns, **kw)
        print('Meta.__new__ end', name)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)


class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print('__init_subclass__', cls.__name__, kw)


def base_expr():
    print('evaluate bases')
    return Base


@deco('outer')
@deco('inner')
class Child(base_expr(), flag=1):
    print('body start')
    a = Attr()
    b = Attr()
    print('body end')


print('done', type(Child).__name__)
