# A caught exception's traceback keeps the failing frames' locals alive
# while the handler runs; the except variable is deleted after it.
import sys


class C:
    pass


a = C()
base = sys.getrefcount(a)


def fail(obj):
    copy = obj
    raise ValueError('boom')


try:
    fail(a)
except ValueError:
    print('inside the handler:', sys.getrefcount(a) - base)
print('after the handler:', sys.getrefcount(a) - base)

try:
    fail(a)
except ValueError as e:
    err = e
print('exception kept in err:', sys.getrefcount(a) - base)
del err
print('err deleted:', sys.getrefcount(a) - base)

errors = []
for i in range(3):
    try:
        fail(a)
    except ValueError as e:
        errors.append(e)
print('three saved exceptions:', sys.getrefcount(a) - base)
for e in errors:
    e.__traceback__ = None
print('tracebacks dropped:', sys.getrefcount(a) - base)
