# __new__ creates the object, __init__ fills it in; both get the call's
# arguments.


class Tracked:
    def __new__(cls, *args, **kwargs):
        print('__new__', cls.__name__, args, kwargs)
        self = super().__new__(cls)
        print('  object created, has value?', hasattr(self, 'value'))
        return self

    def __init__(self, value, label='none'):
        print('__init__', value, label)
        self.value = value
        self.label = label


t = Tracked(5, label='five')
print(t.value, t.label)


class Sub(Tracked):
    def __init__(self, value):
        print('Sub.__init__')
        super().__init__(value * 2)


s = Sub(4)
print(type(s).__name__, s.value)
print(Tracked.__new__ is Sub.__new__, type(Tracked.__dict__['__new__']).__name__)

# __new__ is a static method: calling it explicitly needs the class.
raw = Tracked.__new__(Tracked)
print(type(raw).__name__, hasattr(raw, 'value'))
raw.__init__(9)
print(raw.value)


class OnlyNew:
    def __new__(cls, x):
        print('OnlyNew.__new__', x)
        obj = super().__new__(cls)
        obj.x = x
        return obj


o = OnlyNew(3)
print(o.x)
