# Methods and attributes of a metaclass are reachable from its classes but
# not from their instances.


class Countable(type):
    registry_size = 0

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.instances = 0

    def describe(cls):
        return f'class {cls.__name__} with {cls.instances} instances'

    def __repr__(cls):
        return f'<Countable {cls.__name__}>'

    def __len__(cls):
        return cls.instances

    def __iter__(cls):
        return iter(range(cls.instances))


class Thing(metaclass=Countable):
    def __init__(self):
        type(self).instances += 1


Thing()
Thing()
print(Thing.describe(), len(Thing), list(Thing))
print(repr(Thing), Thing, [Thing], str(Thing))
print(Thing.registry_size)
t = Thing()
print(hasattr(t, 'describe'), hasattr(t, 'registry_size'), t.instances)
try:
    t.describe()
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Thing).describe(Thing))
print(sorted(n for n in dir(Thing) if not n.startswith('_')))


class Meta(type):
    shared = 'meta'


class WithOwn(metaclass=Meta):
    shared = 'class'


print(WithOwn.shared, WithOwn().shared)
del WithOwn.shared
print(WithOwn.shared)
try:
    WithOwn().shared
except AttributeError as e:
    print(type(e).__name__, e)
