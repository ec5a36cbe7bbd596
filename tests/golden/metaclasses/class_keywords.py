# Class keyword arguments go to the metaclass's __prepare__, __new__ and
# __init__, and then to __init_subclass__.


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print('__prepare__', name, kwargs)
        return {}

    def __new__(mcls, name, bases, ns, **kwargs):
        print('__new__', name, kwargs)
        return super().__new__(mcls, name, bases, ns, **kwargs)

    def __init__(cls, name, bases, ns, **kwargs):
        print('__init__', name, kwargs)
        super().__init__(name, bases, ns)


class Base(metaclass=Meta):
    def __init_subclass__(cls, **kwargs):
        print('__init_subclass__', cls.__name__, kwargs)
        cls.options = kwargs


class Table(Base, db='main', cache=True):
    pass


print(Table.options)
opts = {'db': 'other', 'cache': False}


class Other(Base, **opts):
    pass


print(Other.options)
bases = (Base,)


class Star(*bases, db='star'):
    pass


print(Star.__bases__, Star.options)


def make(**kw):
    class Made(Base, **kw):
        pass
    return Made


print(make(x=1).options)
try:
    class Dup(Base, db='a', **{'db': 'b'}):
        pass
except TypeError as e:
    print(type(e).__name__, e)
