# __delattr__ runs for del obj.name and delattr().


class Guarded:
    protected = ('id',)

    def __init__(self):
        self.id = 7
        self.note = 'temp'
        self.tag = 'x'

    def __delattr__(self, name):
        print(f'  __delattr__({name!r})')
        if name in self.protected:
            raise AttributeError(f'{name} cannot be deleted')
        super().__delattr__(name)


g = Guarded()
del g.note
delattr(g, 'tag')
print(sorted(vars(g)))
try:
    del g.id
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del g.never_set
except AttributeError as e:
    print(type(e).__name__, e)
print(g.id)


class SoftDelete:
    def __init__(self):
        self.a = 1
        self.deleted = []

    def __delattr__(self, name):
        self.deleted.append(name)       # nothing is removed


s = SoftDelete()
del s.a
del s.zzz
print(s.a, s.deleted)
object.__delattr__(s, 'a')
print(hasattr(s, 'a'))
try:
    object.__delattr__(s, 'a')
except AttributeError as e:
    print(type(e).__name__, e)
