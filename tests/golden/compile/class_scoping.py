def f():
    x = 'outer'
    class A:
        y = x
        x = 'class'
        z = x
        def m(self):
            return x
    return A
try:
    A = f()
except NameError as e:
    print('NameError:', e)
def g():
    v = 1
    class B:
        print(v)
        v = 2
        print(v)
    del B
try:
    g()
except NameError as e:
    print('NameError:', e)
class C:
    a = 1
    b = [a for _ in range(2)] if False else 0
    try:
        c = [a for _ in range(2)]
    except NameError as e:
        err = str(e)
print(C.err)
class D:
    def f(self):
        return __class__
    @classmethod
    def k(cls):
        return super().__init_subclass__
print(D().f() is D, D.k() is not None)
def h():
    __class__ = 5
    return __class__
print(h())
x = 0
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner()
    return mid()
print(outer())
def nl():
    a = 1
    def set_a():
        nonlocal a
        a = 2
    set_a()
    return a
print(nl())
def walrus_comp():
    [(last := i) for i in range(5)]
    return last
print(walrus_comp())
lst = [y := 10, y + 1]
print(lst, y)
