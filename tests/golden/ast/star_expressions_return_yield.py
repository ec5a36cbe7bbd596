def f():
    return 1, *a
def g():
    yield *a, 1
