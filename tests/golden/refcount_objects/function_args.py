# Inside a function the parameter, each local alias and the call chain add
# references.
import sys


class C:
    pass


a = C()


def f(x):
    return sys.getrefcount(x)


def f_alias(x):
    y = x
    return sys.getrefcount(x)


def g(y):
    return sys.getrefcount(y)


def f_chain(x):
    return g(x)


def f_args(*args):
    return sys.getrefcount(args[0])


def f_kwargs(**kwargs):
    return sys.getrefcount(kwargs['k'])


def f_both(x, *rest):
    return sys.getrefcount(x)


print('global:', sys.getrefcount(a))
print('f(a):', f(a))
print('f_alias(a):', f_alias(a))
print('f_chain(a) -> g(y):', f_chain(a))
print('f_args(a):', f_args(a))
print('f_kwargs(k=a):', f_kwargs(k=a))
print('f_both(a, a):', f_both(a, a))
print('f(C()) on a temporary:', f(C()))
print('after the calls:', sys.getrefcount(a))


def returns_it(x):
    return x


r = returns_it(a)
print('returned and bound to r:', sys.getrefcount(a))
