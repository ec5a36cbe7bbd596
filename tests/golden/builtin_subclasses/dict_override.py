# Overriding dict methods: the C implementation of update(), the constructor
# and get() do not call the overridden __setitem__/__getitem__.


class LowerDict(dict):
    def __setitem__(self, key, value):
        print('  __setitem__', key)
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


d = LowerDict()
d['Name'] = 'ann'
print(d, d['NAME'])
d.update({'Age': 3})
print(d)
d2 = LowerDict(City='Oslo')
print(d2)
print(d.get('NAME'), d.get('name'))
d.setdefault('Zip', 1)
print(d)
print(list(d), list(d.keys()), sorted(d.items()))


class CountingDict(dict):
    reads = 0

    def __getitem__(self, key):
        CountingDict.reads += 1
        return super().__getitem__(key)


c = CountingDict(a=1, b=2)
c['a']
c['b']
print(CountingDict.reads, dict(c), CountingDict.reads, '{a}'.format_map(c), CountingDict.reads)
print(c == {'a': 1, 'b': 2}, repr(c), str(c))
