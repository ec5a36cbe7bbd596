# Subclassing str: methods return plain str; equality and hashing match str.


class Tag(str):
    def wrap(self):
        return f'<{self}>'

    def __repr__(self):
        return f'Tag({str.__repr__(self)})'


t = Tag('html')
print(t, repr(t), t.wrap(), len(t), t.upper(), type(t.upper()).__name__)
print(t == 'html', 'html' == t, hash(t) == hash('html'), {'html': 1}[t], t in {'html'})
print(type(t + 'x').__name__, type(t[1:]).__name__, type(str(t)).__name__, type(f'{t}').__name__)
print(isinstance(t, str), str(t) is t, repr(str(t)))
print('-'.join([t, Tag('body')]), [t], sorted([Tag('b'), Tag('a')]))
print('%s|%r' % (t, t), f'{t!r}', format(t, '>6'))


class Name(str):
    def __new__(cls, first, last):
        obj = super().__new__(cls, f'{first} {last}')
        obj.first = first
        obj.last = last
        return obj


n = Name('Ada', 'Lovelace')
print(n, n.first, n.last, n.split(), n.lower())


class Shout(str):
    def __str__(self):
        return self.upper() + '!'


s = Shout('hey')
print(s, str(s), f'{s}', repr(s), s + '?', len(s))
