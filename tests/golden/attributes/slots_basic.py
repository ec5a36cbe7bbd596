# __slots__ fixes the set of attributes: no __dict__, and assigning another
# name raises AttributeError.


class S:
    __slots__ = ('x', 'y')

    def __init__(self, x):
        self.x = x


s = S(1)
print(s.x)
try:
    s.y
except AttributeError as e:
    print(type(e).__name__, e)
s.y = 2
print(s.x, s.y)
try:
    s.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(s, '__dict__'), hasattr(s, '__weakref__'))
print(repr(S.x), type(S.x).__name__)
print(S.__slots__, sorted(k for k in vars(S) if not k.startswith('__')))
del s.y
try:
    del s.y
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(s, 'y', 'unset'))


class One:
    __slots__ = 'value'


o = One()
o.value = 5
print(o.value, One.__slots__)


class Empty:
    __slots__ = ()


try:
    Empty().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)
S.x.__set__(s, 10)
print(S.x.__get__(s, S), S.x.__name__)
