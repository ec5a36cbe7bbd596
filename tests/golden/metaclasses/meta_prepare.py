# __prepare__ supplies the namespace mapping in which the class body runs.


class Recording(dict):
    def __init__(self):
        super().__init__()
        self.log = []

    def __setitem__(self, key, value):
        self.log.append(key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print('__prepare__', name, [b.__name__ for b in bases], kwargs)
        return Recording()

    def __new__(mcls, name, bases, ns, **kwargs):
        print('namespace type:', type(ns).__name__)
        print('assignments:', ns.log)
        cls = super().__new__(mcls, name, bases, dict(ns))
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class Form(metaclass=Meta, style='compact'):
    name = 'field'
    age = 3
    name = 'again'

    def validate(self):
        return True


print(Form.name, Form.age, type(Form.__dict__).__name__)
print(type.__prepare__('X', ()), type(type.__prepare__()))


class Defaults(dict):
    def __missing__(self, key):
        if key.startswith('__'):
            raise KeyError(key)
        return key.upper()


class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Defaults()


class Auto(metaclass=AutoMeta):
    a = alpha
    b = beta


print(Auto.a, Auto.b)


class BadMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class Bad(metaclass=BadMeta):
        pass
except TypeError as e:
    print(type(e).__name__, e)
