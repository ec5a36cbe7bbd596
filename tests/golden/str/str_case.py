# upper, lower, casefold, swapcase, title, capitalize (full case mappings): each case prints its result or the exception CPython raises.
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


show("'a'.upper(1)", lambda: 'a'.upper(1))
show("'ß'.upper()", lambda: 'ß'.upper())
show("'ﬁ'.upper()", lambda: 'ﬁ'.upper())
show("'ŉ'.upper()", lambda: 'ŉ'.upper())
show("'İ'.lower()", lambda: 'İ'.lower())
show("'ß'.casefold()", lambda: 'ß'.casefold())
show("'ΣΑΣ'.lower()", lambda: 'ΣΑΣ'.lower())
show("'aΣ'.lower()", lambda: 'aΣ'.lower())
show("'Σ'.lower()", lambda: 'Σ'.lower())
show("'hello wORLD'.title()", lambda: 'hello wORLD'.title())
show('"they\'re bill\'s".title()', lambda: "they're bill's".title())
show("'ǆ'.title()", lambda: 'ǆ'.title())
show("'ß'.title()", lambda: 'ß'.title())
show("'ßa'.capitalize()", lambda: 'ßa'.capitalize())
show("'ǆa'.capitalize()", lambda: 'ǆa'.capitalize())
show("'aB'.swapcase()", lambda: 'aB'.swapcase())
show("'ß'.swapcase()", lambda: 'ß'.swapcase())
show("'ﬁ'.title()", lambda: 'ﬁ'.title())
