# The full lookup order for obj.name: data descriptor on the type, then the
# instance __dict__, then non-data descriptors and plain class attributes
# (first along the MRO), then __getattr__.


class Data:
    def __init__(self, label):
        self.label = label

    def __get__(self, obj, objtype=None):
        return f'data descriptor ({self.label})'

    def __set__(self, obj, value):
        raise AttributeError('read-only')


class Base:
    from_base = 'Base attribute'
    shadowed = 'Base version'
    desc = Data('Base')

    def __getattr__(self, name):
        return f'__getattr__({name})'


class Child(Base):
    shadowed = 'Child version'


c = Child()
c.__dict__.update({'own': 'instance', 'shadowed': 'instance version', 'desc': 'instance desc'})
for name in ('own', 'shadowed', 'from_base', 'desc', 'unknown'):
    print(f'{name:10} -> {getattr(c, name)}')
del c.__dict__['shadowed']
print('shadowed   ->', c.shadowed)
Child.desc = 'plain class attribute now'
print('desc       ->', c.desc)
print([k.__name__ for k in Child.__mro__])
print(Child.shadowed, Child.from_base)
try:
    Child.unknown
except AttributeError as e:
    print(type(e).__name__, e)
