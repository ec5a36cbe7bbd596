# A hand-written abstract base class: methods that raise NotImplementedError
# until a subclass provides them.


class Storage:
    def save(self, key, value):
        raise NotImplementedError(f'{type(self).__name__} must implement save')

    def load(self, key):
        raise NotImplementedError

    def save_all(self, pairs):
        for k, v in pairs:
            self.save(k, v)
        return len(pairs)


class MemoryStorage(Storage):
    def __init__(self):
        self.data = {}

    def save(self, key, value):
        self.data[key] = value

    def load(self, key):
        return self.data[key]


class HalfDone(Storage):
    def save(self, key, value):
        print('saving', key)


m = MemoryStorage()
print(m.save_all([('a', 1), ('b', 2)]), m.load('b'), m.data)
h = HalfDone()
h.save_all([('x', 0)])
for call in (lambda: h.load('x'), lambda: Storage().save('k', 1), lambda: m.load('zz')):
    try:
        call()
    except NotImplementedError as e:
        print(type(e).__name__, repr(e), str(e) == '')
    except KeyError as e:
        print(type(e).__name__, e)
print(issubclass(NotImplementedError, RuntimeError), NotImplemented is NotImplementedError)
Storage().load('key')
