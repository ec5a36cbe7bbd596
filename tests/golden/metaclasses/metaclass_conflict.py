# The metaclass of a derived class must be a subclass of the metaclasses of
# all its bases; the most derived metaclass is chosen.


class MetaA(type):
    pass


class MetaB(type):
    pass


class MetaAB(MetaA, MetaB):
    pass


class A(metaclass=MetaA):
    pass


class B(metaclass=MetaB):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class AB(metaclass=MetaAB):
    pass


class D(A, AB):        # MetaAB is a subclass of MetaA: it wins
    pass


print(type(D).__name__)


class E(A):            # inherits MetaA
    pass


print(type(E).__name__)


class F(A, metaclass=type):   # explicit type, but the base's metaclass wins
    pass


print(type(F).__name__)
try:
    class G(A, metaclass=MetaB):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('H', (A, B), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    MetaB('I', (A,), {})
except TypeError as e:
    print(type(e).__name__, e)
print(type(MetaAB('J', (A, B), {})).__name__)
