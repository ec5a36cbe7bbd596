# super objects: repr, attribute lookup, and the errors of misuse.


class A:
    x = 'A.x'

    def f(self):
        return 'A.f'


class B(A):
    x = 'B.x'

    def show(self):
        return super()


b = B()
s = b.show()
print(repr(s))
print(s.x, s.f())
print(repr(super(B, B)))
print(super(B, B).x)
print(super(A, b).__class__)
print(super(B, b).__self__ is b, super(B, b).__thisclass__ is B, super(B, b).__self_class__ is B)
print(repr(super(B)))


def errors():
    attempts = [
        lambda: super(B, 5),
        lambda: super(5, b),
        lambda: super(A, A()).f(),
        lambda: super(B, b).missing,
        lambda: super(B, b).show(),
        lambda: super(),
    ]
    for fn in attempts:
        try:
            fn()
        except (TypeError, AttributeError, RuntimeError) as e:
            print(type(e).__name__, e)


errors()


def outside(self):
    return super()


try:
    outside(b)
except RuntimeError as e:
    print(type(e).__name__, e)


class C:
    @staticmethod
    def st():
        return super()


try:
    C.st()
except RuntimeError as e:
    print(type(e).__name__, e)
