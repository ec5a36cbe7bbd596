# Dicts keep insertion order; updating a value keeps the position.
d = {}
for key in ['zebra', 'apple', 'mango', 'banana']:
    d[key] = len(key)
print(d, list(d))
d['apple'] = 100
print(list(d.items()))
del d['zebra']
d['zebra'] = 0
print(list(d))
print(d.popitem(), d.popitem(), d)
d.update({'kiwi': 4, 'apple': 1})
print(d)
d.setdefault('apple', 'ignored')
d.setdefault('fig', 3)
print(d)
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
n = {3: 'c', 1: 'a', 2: 'b'}
print(n, sorted(n), list(n.keys()))
for i in range(5):
    n[10 - i] = i
print(n)
n.pop(3)
n[3] = 'back'
print(n, next(iter(n)))
print({1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, list({1: 'a', 2: 'b'}) == list({2: 'b', 1: 'a'}))
