def f(a) -> int x:
    pass
