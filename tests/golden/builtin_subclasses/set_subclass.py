# Subclassing set: operators return plain sets, in-place ones keep the type.


class Tags(set):
    def add(self, item):
        super().add(item.lower())

    def __repr__(self):
        return f'Tags({sorted(self)})'


t = Tags()
t.add('Python')
t.add('PYTHON')
t.add('C')
print(t, len(t), 'python' in t)
u = t | {'rust'}
print(type(u).__name__, sorted(u))
print(type(t & {'c'}).__name__, type(t - {'c'}).__name__, type(t.copy()).__name__)
t |= {'go'}
print(type(t).__name__, t)
t.update(['Zig'])             # update does not call the overridden add
print(t)
print(t == {'python', 'c', 'go', 'Zig'}, isinstance(t, set))


class Frozen(frozenset):
    def __repr__(self):
        return f'Frozen({sorted(self)})'


f = Frozen('abca')
print(f, hash(f) == hash(frozenset('abc')), {f: 1}[frozenset('cab')])
print(type(f | {'z'}).__name__)
