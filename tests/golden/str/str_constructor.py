# the str() constructor forms and their messages: each case prints its result or the exception CPython raises.
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


show('str(1,2,3,4)', lambda: str(1,2,3,4))
show("str(1,'utf-8')", lambda: str(1,'utf-8'))
show("str('a','utf-8')", lambda: str('a','utf-8'))
show('str(x=1)', lambda: str(x=1))
show('str(object=5)', lambda: str(object=5))
show("str(encoding='utf-8')", lambda: str(encoding='utf-8'))
show("str(errors='strict')", lambda: str(errors='strict'))
show('str.__new__(int)', lambda: str.__new__(int))
show('str.__new__(str, 1)', lambda: str.__new__(str, 1))
show('str(5)', lambda: str(5))
show("str('abc')", lambda: str('abc'))
show('str(None)', lambda: str(None))
