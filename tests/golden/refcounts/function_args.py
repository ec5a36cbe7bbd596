# References held by parameters, locals, defaults and *args while a function runs.
import sys
a = list('abc')
def one(x):
    return sys.getrefcount(x)
def two(x):
    y = x
    return sys.getrefcount(x)
def outer(x):
    return inner(x)
def inner(y):
    return sys.getrefcount(y)
def star(*args):
    return sys.getrefcount(args[0])
def kw(**kwargs):
    return sys.getrefcount(kwargs['v'])
print('global only', sys.getrefcount(a))
print('one parameter', one(a))
print('parameter plus local', two(a))
print('through two calls', outer(a))
print('*args', star(a))
print('**kwargs', kw(v=a))
def with_default(x=a):
    return x
print('default value', sys.getrefcount(a))
del with_default
print('function deleted', sys.getrefcount(a))
def returns_it():
    return a
r = returns_it()
print('returned and bound', sys.getrefcount(a))
def local_object():
    mine = list('xyz')
    before = sys.getrefcount(mine)
    other = mine
    after = sys.getrefcount(mine)
    return before, after
print('function local', local_object())
