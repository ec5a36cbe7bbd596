# Arguments flow to both __new__ and __init__, including keywords and
# defaults; a mismatch in either is reported for that method.


class Flexible:
    def __new__(cls, *args, **kwargs):
        print('new:', args, kwargs)
        return super().__new__(cls)

    def __init__(self, a, b=2, *rest, key=None, **extra):
        print('init:', a, b, rest, key, extra)


Flexible(1)
Flexible(1, 3, 4, 5, key='k', other=0)
Flexible(b=7, a=6)
try:
    Flexible()
except TypeError as e:
    print(type(e).__name__, e)


class StrictNew:
    def __new__(cls, a):
        return super().__new__(cls)

    def __init__(self, *args):
        print('init never reached', args)


try:
    StrictNew(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    StrictNew(b=1)
except TypeError as e:
    print(type(e).__name__, e)


class KwOnly:
    def __init__(self, *, name):
        self.name = name


print(KwOnly(name='x').name)
try:
    KwOnly('x')
except TypeError as e:
    print(type(e).__name__, e)
