# Calling with keyword arguments in any order; mixing positional and keyword.
def describe(name, species, age=1, *, sound='...'):
    return f'{name} the {species}, age {age}, says {sound}'
print(describe('Rex', 'dog'))
print(describe('Tom', 'cat', 3))
print(describe(species='owl', name='Hedwig'))
print(describe('Nemo', age=2, species='fish'))
print(describe('Polly', 'parrot', sound='hello', age=40))
def connect(host, port=80, timeout=None, retries=3):
    return host, port, timeout, retries
print(connect('example.org'))
print(connect('example.org', timeout=5))
print(connect(port=8080, host='localhost'))
print(connect('h', 1, 2, 3))
options = {'timeout': 1.5, 'retries': 0}
print(connect('h', **options))
print(connect(*('h', 443), **{'retries': 9}))
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3), order(**{'b': 1}, a=2))
print(dict(sep=', ', end='!'), sorted(['b', 'A', 'c'], key=str.lower, reverse=True))
print('x', 'y', sep='-', end='|\n')
