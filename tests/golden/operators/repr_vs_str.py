# __repr__ vs __str__: print and str() use __str__ (falling back to
# __repr__), containers and the !r conversion always use __repr__.


class Both:
    def __str__(self):
        return 'str of Both'

    def __repr__(self):
        return 'Both()'


class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'


class OnlyStr:
    def __str__(self):
        return 'str of OnlyStr'


b, r, s = Both(), OnlyRepr(), OnlyStr()
print(b, r)
print(str(b), repr(b), str(r), repr(r))
print(f'{b} {b!r} {r} {r!s}')
print('%s %r' % (b, b))
print('{} {!r}'.format(b, b))
print([b, r], (b,), {'k': b})
print({1: r})
print(str(s), repr(s).startswith('<__main__.OnlyStr object at 0x'), [s][0] is s)
print(str([s]).startswith('[<__main__.OnlyStr object'))
print(ascii(b))


class Bad:
    def __repr__(self):
        return 5


try:
    repr(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([Bad()])
except TypeError as e:
    print(type(e).__name__, e)


class BadStr:
    def __str__(self):
        return None


try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)


class Recursive:
    def __init__(self):
        self.items = [self]

    def __repr__(self):
        return f'Recursive({self.items!r})'


print(repr(Recursive()))    # the list's own recursion guard stops it
lst = [1]
lst.append(lst)
print(lst)
