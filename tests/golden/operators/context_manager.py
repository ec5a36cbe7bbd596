# __enter__ and __exit__: the value bound by "as", the arguments of
# __exit__, and suppressing exceptions by returning a true value.


class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f'enter {self.name}')
        return f'resource {self.name}'

    def __exit__(self, exc_type, exc, tb):
        print(f'exit {self.name}: {exc_type.__name__ if exc_type else None}, {exc!r}, tb={tb is not None}')
        return self.suppress


with Managed('a') as value:
    print('inside with', value)

with Managed('b', suppress=True):
    raise ValueError('swallowed')
print('after suppressed exception')

try:
    with Managed('c'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', repr(e))

with Managed('outer') as o, Managed('inner') as i:
    print('both:', o, i)


def early_return():
    with Managed('d'):
        return 'returned'


print(early_return())
for n in range(3):
    with Managed(f'loop{n}'):
        if n == 1:
            continue
        print('body', n)


class NoEnter:
    def __exit__(self, *args):
        pass


class NoExit:
    def __enter__(self):
        return self


for cls in (NoEnter, NoExit):
    try:
        with cls():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        raise RuntimeError('from __exit__')


try:
    with ExitRaises():
        raise ValueError('original')
except RuntimeError as e:
    print(type(e).__name__, e, '| context:', repr(e.__context__))
