class A(B, C):
    pass
class D():
    pass
