# C3 linearization on diamonds and deeper graphs.


class A:
    def who(self):
        return 'A'


class B(A):
    def who(self):
        return 'B'


class C(A):
    def who(self):
        return 'C'


class D(B, C):
    pass


def names(cls):
    return ' '.join(c.__name__ for c in cls.__mro__)


print(names(D), D().who())


class E(C, B):
    pass


print(names(E), E().who())

# The classic example from the C3 paper.
class O: pass
class F(O): pass
class G(O): pass
class H(O): pass
class I(O): pass
class J(O): pass
class K1(F, G, H): pass
class K2(I, G, J): pass
class K3(I, H): pass
class Z(K1, K2, K3): pass


for cls in (K1, K2, K3, Z):
    print(cls.__name__, '->', names(cls))


class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
class R(X): pass
class S(R, Y): pass
class T(S, P): pass


print(names(P), '|', names(Q), '|', names(S), '|', names(T))
print(names(bool), '|', names(type))
