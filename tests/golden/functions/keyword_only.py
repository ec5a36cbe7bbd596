# Keyword-only parameters after * or *args.
def fetch(url, *, timeout, retries=3):
    return f'{url} timeout={timeout} retries={retries}'
print(fetch('a.org', timeout=5), fetch('b.org', retries=0, timeout=1))
def log(*messages, level='INFO', sep=' '):
    return f'[{level}] ' + sep.join(map(str, messages))
print(log('started'), log('x', 1, 2.5, level='DEBUG'), log(sep='|'), log('a', 'b', sep='+'))
def two_kw(*, a, b):
    return a + b
print(two_kw(a=1, b=2), two_kw(b='y', a='x'))
for f in [lambda: fetch('c.org'), lambda: fetch('c.org', 5), lambda: two_kw(),
          lambda: two_kw(a=1), lambda: two_kw(1, 2), lambda: fetch('u', timeout=1, retry=2),
          lambda: log(level='X', levle='Y')]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
def three_kw(*, x, y, z):
    pass
try:
    three_kw()
except TypeError as e:
    print(type(e).__name__, e)
try:
    three_kw(y=1)
except TypeError as e:
    print(type(e).__name__, e)
