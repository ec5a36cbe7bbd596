class A:
    """doc of A"""
    x: int = 1
    y: str
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    @staticmethod
    def st():
        return 'static'
    @classmethod
    def cm(cls):
        return cls.__name__
    @property
    def prop(self):
        return self.v * 2
print(A.__doc__, A.__annotations__, A.__module__, A.__qualname__)
a = A(3)
print(a.get(), A.st(), A.cm(), a.prop)
class B(A):
    def get(self):
        return super().get() + 100
    def cls(self):
        return __class__
print(B(1).get(), B(1).cls() is B)
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print('meta', name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(m, name, bases, ns)
class D(A, metaclass=Meta, flag=1):
    def z(self): pass
def deco(tag):
    def wrap(f):
        def inner(*a, **k):
            return (tag, f(*a, **k))
        return inner
    return wrap
@deco('one')
@deco('two')
def h(x):
    return x
print(h(5))
class P:
    __secret = 1
    def show(self):
        return self.__secret, self._P__secret
print(P().show(), '_P__secret' in P.__dict__)
def outer():
    class Inner:
        def m(self): pass
    return Inner
print(outer().__qualname__, outer().m.__qualname__)
print(A.get.__code__.co_firstlineno, h.__name__)
@deco('c')
class Q: pass
print(Q()[0], type(Q()[1]).__name__)
