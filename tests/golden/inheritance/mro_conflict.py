# Inconsistent hierarchies raise TypeError when the class is created.


class A: pass
class B: pass
class AB(A, B): pass
class BA(B, A): pass


def attempt(name, bases):
    try:
        cls = type(name, bases, {})
        print(name, 'ok', [c.__name__ for c in cls.__mro__])
    except TypeError as e:
        print(name, type(e).__name__, e)


try:
    class Bad(AB, BA):
        pass
except TypeError as e:
    print(type(e).__name__, e)

attempt('Bad2', (A, AB))
attempt('Good', (AB, A))
attempt('Dup', (A, A))
attempt('ObjFirst', (object, A))
attempt('ObjLast', (A, object))

class X: pass
class Y(X): pass
class Z(X): pass
class W(Y, Z): pass
attempt('V', (X, W))
attempt('U', (W, X))
attempt('T', (Z, W))
try:
    class Mixed(int, str):
        pass
except TypeError as e:
    print(type(e).__name__, e)
