# Metaclasses control the repr of their classes.


class Meta(type):
    pass


class Pretty(type):
    def __repr__(cls):
        return f'<{cls.__name__} made by Pretty>'


class A(metaclass=Meta):
    pass


class B(metaclass=Pretty):
    pass


class C(B):
    pass


print(A, type(A), Meta, type(Meta))
print(B, C, [B, C], type(B))
print(str(B), f'{C}')
print(B(), type(B()).__name__)
print(repr(type(B())))
print(type.__repr__(B))
