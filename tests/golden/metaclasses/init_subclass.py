# __init_subclass__: a hook on the base class called for each new subclass,
# with the class keyword arguments.


class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[key] = cls
        print('registered', key, priority)


class CsvExport(Plugin, name='csv', priority=2):
    pass


class JsonExport(Plugin):
    pass


class PrettyJson(JsonExport, name='pretty', priority=5):
    pass


print(sorted(Plugin.registry))
print(sorted((c.priority, k) for k, c in Plugin.registry.items()))
print(Plugin.__dict__['__init_subclass__'].__class__.__name__)
print('priority' in vars(Plugin), PrettyJson.priority)


class Base:
    def __init_subclass__(cls):
        print('Base hook for', cls.__name__, 'mro', [c.__name__ for c in cls.__mro__])


class Mid(Base):
    def __init_subclass__(cls):
        print('Mid hook for', cls.__name__)
        super().__init_subclass__()


class Leaf(Mid):
    pass


class Other(Base):
    pass


Dyn = type('Dyn', (Base,), {})
print(Dyn.__name__)


class Required:
    def __init_subclass__(cls, **kwargs):
        if 'run' not in vars(cls):
            raise TypeError(f'{cls.__name__} must define run()')


class Good(Required):
    def run(self):
        pass


try:
    class Lazy(Required):
        pass
except TypeError as e:
    print(type(e).__name__, e)
