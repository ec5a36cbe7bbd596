def f(key=lambda x: x, *, cmp=None):
    pass
