# Default values, closure cells and lambdas hold references.
import sys


class C:
    pass


a = C()
print('global:', sys.getrefcount(a))


def f(x=a):
    return x


print('default argument:', sys.getrefcount(a))
g = lambda y=a: y
print('second default (lambda):', sys.getrefcount(a))
del f, g
print('functions deleted:', sys.getrefcount(a))


def make():
    hidden = C()

    def inner():
        return sys.getrefcount(hidden)
    return inner


inner = make()
print('only reachable through a closure cell:', inner())


def make_capture(obj):
    def inner():
        return obj
    return inner


caps = [make_capture(a) for _ in range(3)]
print('captured by three closures:', sys.getrefcount(a))
del caps
print('closures dropped:', sys.getrefcount(a))


def outer():
    local = C()

    def reader():
        return local
    before = sys.getrefcount(local)
    r = reader
    return before, sys.getrefcount(local)


print('cell variable inside its own frame:', outer())
