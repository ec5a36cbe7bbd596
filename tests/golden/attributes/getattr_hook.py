# __getattr__ is called only when normal lookup fails.


class Defaults:
    colour = 'red'

    def __init__(self):
        self.size = 3

    def __getattr__(self, name):
        print(f'  __getattr__({name!r})')
        if name.startswith('opt_'):
            return f'default for {name[4:]}'
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')


d = Defaults()
print(d.size, d.colour)            # found normally: no call
print(d.opt_speed)
d.opt_speed = 'fast'
print(d.opt_speed)                 # now an instance attribute
try:
    d.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(d, 'opt_x'), getattr(d, 'nothing', 'fallback'))
print(hasattr(d, 'opt_y'), hasattr(d, 'zzz'))
print('dunder lookups by the language bypass __getattr__:')
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)
print('an explicit d.__len__ goes through it:')
try:
    d.__len__
except AttributeError as e:
    print(type(e).__name__, e)


class Record:
    def __init__(self, **fields):
        self._fields = fields

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(name) from None


r = Record(x=1, y=2)
print(r.x, r.y)
try:
    r.z
except AttributeError as e:
    print(type(e).__name__, repr(e))
