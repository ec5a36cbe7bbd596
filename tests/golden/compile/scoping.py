x = 1
def f():
    return x
print(f())
def g():
    x = 2
    def h():
        return x
    return h()
print(g())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
def setg():
    global x
    x = 42
setg()
print(x)
class C:
    y = 10
    def m(self):
        return y if False else self.y
    z = [y for _ in range(1)] if False else 5
print(C().m(), C.z)
def outer():
    a = 1
    class K:
        a = 2
        b = a
        def get(self):
            return a
    return K.b, K().get()
print(outer())
try:
    def bad():
        print(u)
        u = 1
    bad()
except UnboundLocalError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
def cl():
    v = 'free'
    def inner():
        del_me = 1
        return v
    v = 'changed'
    return inner
print(cl()())
def args(a, b, /, c, *d, e, f=6, **g):
    return a, b, c, d, e, f, g
print(args(1, 2, 3, 4, 5, e=5, h=7))
print(args.__code__.co_varnames, args.__code__.co_argcount, args.__code__.co_posonlyargcount, args.__code__.co_kwonlyargcount)
print((lambda: 0).__code__.co_flags, args.__code__.co_flags, c.__code__.co_flags)
print(c.__code__.co_freevars, counter.__code__.co_cellvars)
print(c.__qualname__, C.m.__qualname__, outer.__qualname__)
