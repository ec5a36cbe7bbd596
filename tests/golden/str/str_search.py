# find, rfind, index, rindex, count, startswith, endswith and `in`: each case prints its result or the exception CPython raises.
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


show("'a' in 1", lambda: 'a' in 1)
show("1 in 'a'", lambda: 1 in 'a')
show("'a'.find(1)", lambda: 'a'.find(1))
show("'a'.find()", lambda: 'a'.find())
show("'a'.find('a', 'x')", lambda: 'a'.find('a', 'x'))
show("'a'.find('a', None, None)", lambda: 'a'.find('a', None, None))
show("'a'.index('b')", lambda: 'a'.index('b'))
show("'a'.rindex('b')", lambda: 'a'.rindex('b'))
show("'a'.count(1)", lambda: 'a'.count(1))
show("'a'.startswith(1)", lambda: 'a'.startswith(1))
show("'a'.startswith((1,))", lambda: 'a'.startswith((1,)))
show("'a'.endswith(1)", lambda: 'a'.endswith(1))
show("'a'.startswith()", lambda: 'a'.startswith())
show("'a'.count('')", lambda: 'a'.count(''))
show("'abc'.count('', 1)", lambda: 'abc'.count('', 1))
show("'abc'.find('', 4)", lambda: 'abc'.find('', 4))
show("'abc'.find('', 3)", lambda: 'abc'.find('', 3))
show("'abc'.rfind('')", lambda: 'abc'.rfind(''))
show("'abc'.index('', 4)", lambda: 'abc'.index('', 4))
show("'abc'.startswith('', 4)", lambda: 'abc'.startswith('', 4))
show("'abc'.startswith('', 3)", lambda: 'abc'.startswith('', 3))
show("'abc'.endswith(('x', 'c'))", lambda: 'abc'.endswith(('x', 'c')))
show("'abc'.find('c', -1)", lambda: 'abc'.find('c', -1))
show("'abcabc'.rfind('b', 0, 4)", lambda: 'abcabc'.rfind('b', 0, 4))
show("'abcabc'.index('c', 3)", lambda: 'abcabc'.index('c', 3))
show("'abcabc'.count('bc', 1, -1)", lambda: 'abcabc'.count('bc', 1, -1))
show("'abc'.startswith(('x','a'), 0, 1)", lambda: 'abc'.startswith(('x','a'), 0, 1))
show("'abc'.endswith('b', 0, 2)", lambda: 'abc'.endswith('b', 0, 2))
show("'abc'.endswith('b', 0, -1)", lambda: 'abc'.endswith('b', 0, -1))
show("'héllo'.find('l')", lambda: 'héllo'.find('l'))
show("'héllo'.rfind('l')", lambda: 'héllo'.rfind('l'))
show("'héllo'.find('l', 3)", lambda: 'héllo'.find('l', 3))
show("'héllo'.count('l', 3)", lambda: 'héllo'.count('l', 3))
show("'héllo'.index('o', -1)", lambda: 'héllo'.index('o', -1))
show("'abc' in 'xabcx'", lambda: 'abc' in 'xabcx')
show("'' in 'abc'", lambda: '' in 'abc')
show("'é' in 'café'", lambda: 'é' in 'café')
show("'x' in ''", lambda: 'x' in '')
show("'a' in b'abc'", lambda: 'a' in b'abc')
show("300 in b'abc'", lambda: 300 in b'abc')
show("97 in b'abc'", lambda: 97 in b'abc')
