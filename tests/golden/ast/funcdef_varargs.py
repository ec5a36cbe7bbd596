def f(*args, **kwargs):
    pass
def g(a, *rest):
    pass
