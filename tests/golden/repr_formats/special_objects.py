# repr of the builtin singletons and small builtin objects.


class A:
    def m(self):
        return super()


print(None, NotImplemented, Ellipsis, ...)
print(repr(None), repr(NotImplemented), repr(Ellipsis))
print(range(5), range(1, 10, 2), range(0), slice(3), slice(1, 2, None), slice(None))
print(A().m())
print(iter([]).__class__.__name__, type(iter({})).__name__, type(iter('')).__name__)
print(type(reversed([])).__name__, type(zip()).__name__, type(map(len, [])).__name__)
print(repr(True), repr(False), str(True))
print(repr(1.0), repr(1e16), repr(-0.0), repr(float('inf')), repr(float('nan')), repr(2j), repr(1+0j))
print(repr(b'\x00a'), repr(bytearray(b'x')), repr(frozenset()), repr(set()), repr(dict()))
print(repr(()), repr((1,)), repr([]), repr({1: (2,)}))
print(type(A.__dict__), type(vars(A())), type(A.m), type(A().m))
