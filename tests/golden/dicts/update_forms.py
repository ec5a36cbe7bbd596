# update() in all its forms, | and |=, setdefault.
base = {'host': 'localhost', 'port': 80}
base.update({'port': 8080})
base.update([('debug', True)])
base.update(user='admin', port=9000)
base.update({'a': 1}, b=2)
base.update()
print(base)
defaults = {'color': 'red', 'size': 'M'}
custom = {'size': 'L', 'qty': 2}
merged = defaults | custom
print(merged, defaults | {}, {} | custom)
defaults |= custom
print(defaults)
defaults |= [('extra', 1)]
print(defaults)
counts = {}
for word in 'a b a c b a'.split():
    counts.setdefault(word, 0)
    counts[word] += 1
print(counts)
groups = {}
for name in ['ann', 'bob', 'amy', 'ben', 'cat']:
    groups.setdefault(name[0], []).append(name)
print(groups)
print(base.setdefault('host'), base.setdefault('missing'), base['missing'])
for f in [lambda: base.update(5), lambda: base.update([1]), lambda: base.update([('a', 1, 2)]),
          lambda: base | [('x', 1)], lambda: base.update({}, {}), lambda: base.setdefault()]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
