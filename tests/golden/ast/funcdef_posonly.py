def f(a, b, /, c, d=1, *, e):
    pass
def g(x=1, /):
    pass
