# dict subclasses with __missing__: called by d[key] only, not by get(),
# in, or setdefault.


class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        print(f'  __missing__({key!r})')
        value = self.factory()
        self[key] = value
        return value


counts = DefaultDict(int)
for word in 'the cat and the hat'.split():
    counts[word] += 1
print(counts)
groups = DefaultDict(list)
for name in ('ann', 'bob', 'amy', 'cy', 'ben'):
    groups[name[0]].append(name)
print(groups, len(groups))
print(groups.get('z'), 'z' in groups, groups.setdefault('q', 'set'))
print(groups['q'])


class Loud(dict):
    def __missing__(self, key):
        raise KeyError(f'no such key: {key}')


try:
    Loud(a=1)['b']
except KeyError as e:
    print(type(e).__name__, e)


class Fallback(dict):
    def __missing__(self, key):
        return key.upper()


f = Fallback(a='x')
print(f['a'], f['b'], f, len(f))
print(type(f).__name__, isinstance(f, dict), repr(f))
print(type(f.copy()).__name__, type(f | {}).__name__)
