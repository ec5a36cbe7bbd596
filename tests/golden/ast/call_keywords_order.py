f(a, b=1, *c, d=2, **e)
f(**a, b=1, **c)
f(*a, *b, c)
