# Decorating a class: the decorator gets the class object and returns it
# (possibly modified) or a replacement.
registry = {}


def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls


def add_repr(cls):
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'{cls.__name__}({fields})'
    cls.__repr__ = __repr__
    return cls


def with_defaults(**defaults):
    def decorator(cls):
        original_init = cls.__init__

        def __init__(self, *args, **kwargs):
            for k, v in defaults.items():
                setattr(self, k, v)
            original_init(self, *args, **kwargs)
        cls.__init__ = __init__
        return cls
    return decorator


@register
@add_repr
@with_defaults(colour='black', size=1)
class Pen:
    def __init__(self, brand):
        self.brand = brand


@register
class Pencil:
    pass


p = Pen('acme')
print(p)
print(sorted(registry), registry['pen'] is Pen)
print(Pen.__name__, Pen.__init__.__qualname__, Pen.__repr__.__qualname__)


def singleton(cls):
    instances = {}

    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get


@singleton
class Settings:
    def __init__(self):
        print('Settings created')


print(Settings() is Settings(), type(Settings).__name__)
