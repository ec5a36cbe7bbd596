@a.b.c
@d(1)(2)
@e[0]
@(lambda f: f)
@x if y else z
def f():
    pass
