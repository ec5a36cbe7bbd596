# Messages for too many arguments, unexpected and duplicated keywords, non-callables.
def zero():
    pass
def one(a):
    pass
def two(a, b):
    pass
def opt(a, b=1):
    pass
def opt_kwonly(a, b=1, *, c):
    pass
number, text, items, nothing = 5, 'text', [], None
class K:
    def m(self, x):
        pass
    def __init__(self, v):
        pass
cases = [
    lambda: zero(1), lambda: zero(1, 2), lambda: one(1, 2), lambda: two(1, 2, 3),
    lambda: opt(1, 2, 3), lambda: opt(), lambda: opt_kwonly(1, 2, 3, c=4), lambda: opt_kwonly(1, 2, 3),
    lambda: one(b=1), lambda: one(1, a=2), lambda: two(1, 2, b=3), lambda: zero(x=1),
    lambda: K(1).m(1, 2), lambda: K(), lambda: K(1, 2), lambda: K(v=1, w=2),
    lambda: number(), lambda: text(), lambda: items(), lambda: nothing(), lambda: K(1)(),
    lambda: (lambda: 0)(1), lambda: (lambda *, k: 0)(k=1, j=2), lambda: opt(1, a=1),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(type(e).__name__, e)
