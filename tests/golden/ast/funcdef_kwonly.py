def f(a, *, b, c=1, d):
    pass
def g(*args, key=None, **kw):
    pass
