# __getattribute__ intercepts every attribute read; when it raises
# AttributeError, __getattr__ gets its chance.


class Audited:
    def __init__(self):
        self.a = 1
        self.log = []

    def __getattribute__(self, name):
        if name != 'log':
            object.__getattribute__(self, 'log').append(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f'<missing {name}>'

    def method(self):
        return self.a


x = Audited()
print(x.a, x.method(), x.nothing)
print(x.log)


class Hidden:
    def __init__(self):
        self.public = 'ok'
        self._private = 'secret'

    def __getattribute__(self, name):
        if name.startswith('_') and not name.startswith('__'):
            raise AttributeError(f'{name} is private')
        return super().__getattribute__(name)


h = Hidden()
print(h.public)
try:
    h._private
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(h, '_private', 'hidden'), vars(h)['_private'], h.__dict__['_private'])


class Upper:
    def __init__(self, text):
        self.text = text

    def __getattribute__(self, name):
        value = object.__getattribute__(self, name)
        return value.upper() if isinstance(value, str) else value


u = Upper('hello')
print(u.text, u.__class__.__name__)


class Counter:
    reads = 0

    def __getattribute__(self, name):
        type(self).reads += 1
        return object.__getattribute__(self, name)


c = Counter()
c.x = 1
c.x
c.x
# Implicit lookups of special methods (str, repr) skip __getattribute__.
print(Counter.reads, len([c]), str(c) == repr(c), Counter.reads)
