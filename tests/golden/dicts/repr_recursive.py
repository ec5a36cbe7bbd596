# repr of dicts: nested, with quotes, recursive references.
d = {'name': "O'Brien", 'quote': 'say "hi"', 'nums': [1, 2.5, -3], 'none': None, 'flag': True}
print(d)
print(repr({'k': {'inner': ('t',)}}), str({1: {2: {3: {}}}}))
r = {'self': None}
r['self'] = r
print(r)
a = {'x': []}
a['x'].append(a)
print(a)
b = {}
c = {'b': b}
b['c'] = c
print(b, c)
print({'tab': '\t', 'é': 'é', 'nl': '\n'}, {1: 'a'}.__repr__())
print(len(str({i: i for i in range(100)})))
