# hash() of str (run with PYTHONHASHSEED=0: CPython 3.11 SipHash-1-3 values): each case prints its result or the exception CPython raises.
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


show("hash('x') == hash(str('x'))", lambda: hash('x') == hash(str('x')))
show("hash('')", lambda: hash(''))
show("hash('a')", lambda: hash('a'))
show("hash('abc')", lambda: hash('abc'))
show("hash('héllo')", lambda: hash('héllo'))
show("hash('中文')", lambda: hash('中文'))
show("hash('😀')", lambda: hash('😀'))
show("hash('\\ud800')", lambda: hash('\ud800'))
show("hash(b'abc')", lambda: hash(b'abc'))
show("hash(b'')", lambda: hash(b''))
show("hash('a' * 100)", lambda: hash('a' * 100))
