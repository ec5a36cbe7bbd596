# Keys that compare equal are the same key (1, 1.0, True); nan; dict equality.
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
d2 = {True: 'first'}
d2[1] = 'second'
print(d2)
z = {0: 'zero'}
z[-0.0] = 'negative zero'
z[False] = 'false'
print(z)
nan = float('nan')
n = {nan: 1}
n[nan] = 2
n[float('nan')] = 3
print(len(n), nan in n, float('nan') in n)
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} == {'a': 1.0}, {'a': 1} != {'a': 2}, {} == {})
print({1: 'x'} == {1.0: 'x'}, {1: [1, 2]} == {1: [1, 2]}, {'a': 1} == [('a', 1)])
print({(1, 2): 'tuple', 'ab': 'str', frozenset({1}): 'fs', None: 'none', 2.5: 'float', b'b': 'bytes'})
print(hash('ab') == hash('ab'), 'ab' in {'ab': 0}, ('a' + 'b') in {'ab': 0})
try:
    print({'a': 1} < {'b': 2})
except TypeError as e:
    print(type(e).__name__, e)
