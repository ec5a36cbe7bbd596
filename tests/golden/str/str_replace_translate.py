# replace, maketrans and translate: each case prints its result or the exception CPython raises.
import sys


def ident(x):
    return x


def tn(x):
    return type(x).__name__


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))


show("'a'.replace(1, 'b')", lambda: 'a'.replace(1, 'b'))
show("'a'.replace('a', 1)", lambda: 'a'.replace('a', 1))
show("'a'.replace('a','b','c')", lambda: 'a'.replace('a','b','c'))
show('str.maketrans()', lambda: str.maketrans())
show('str.maketrans(1)', lambda: str.maketrans(1))
show("str.maketrans({'ab': 1})", lambda: str.maketrans({'ab': 1}))
show("str.maketrans('ab', 'c')", lambda: str.maketrans('ab', 'c'))
show("str.maketrans('ab', 1)", lambda: str.maketrans('ab', 1))
show("str.maketrans('a', 'b', 1)", lambda: str.maketrans('a', 'b', 1))
show("str.maketrans({'a': 1}, 'b')", lambda: str.maketrans({'a': 1}, 'b'))
show("'abc'.translate({97: 'xy', 98: None, 99: 100})", lambda: 'abc'.translate({97: 'xy', 98: None, 99: 100}))
show("'abc'.translate({97: 0x110000})", lambda: 'abc'.translate({97: 0x110000}))
show("'abc'.translate(str.maketrans('abc', 'xyz', 'b'))", lambda: 'abc'.translate(str.maketrans('abc', 'xyz', 'b')))
show("'abc'.translate(1)", lambda: 'abc'.translate(1))
show("'abc'.translate([])", lambda: 'abc'.translate([]))
show("'aaa'.replace('', '-')", lambda: 'aaa'.replace('', '-'))
show("'aaa'.replace('', '-', 2)", lambda: 'aaa'.replace('', '-', 2))
