# Default argument values: evaluated once at def time; the mutable default trap.
def greet(name, greeting='Hello', punct='!'):
    return f'{greeting}, {name}{punct}'
print(greet('Ada'), greet('Alan', 'Hi'), greet('Grace', punct='?'), greet(greeting='Yo', name='Bo'))
def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_bad(1), append_bad(2), append_bad(3))
print(append_bad.__defaults__)
def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(append_good(1), append_good(2), append_good(3, [0]))
counter = 10
def show(value=counter):
    return value
counter = 20
print(show(), show(counter))
def make_defaults():
    print('  evaluating default')
    return 42
def uses_default(x=make_defaults()):
    return x
print('defined')
print(uses_default(), uses_default(1), uses_default())
def memo_fib(n, _cache={0: 0, 1: 1}):
    if n not in _cache:
        _cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return _cache[n]
print(memo_fib(50), len(memo_fib.__defaults__[0]))
def kw_defaults(a, *, b=2, c=[]):
    c.append(a)
    return a + b, c
print(kw_defaults(1), kw_defaults(2, b=5), kw_defaults.__kwdefaults__)
