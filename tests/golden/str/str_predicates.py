# the is... predicates: each case prints its result or the exception CPython raises.
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


show("'²'.isdigit()", lambda: '²'.isdigit())
show("'²'.isdecimal()", lambda: '²'.isdecimal())
show("'½'.isnumeric()", lambda: '½'.isnumeric())
show("''.isdigit()", lambda: ''.isdigit())
show("'a1'.isalnum()", lambda: 'a1'.isalnum())
show("' \\t\\x1c'.isspace()", lambda: ' \t\x1c'.isspace())
show("'\\x85'.isspace()", lambda: '\x85'.isspace())
show("'ǅ'.istitle()", lambda: 'ǅ'.istitle())
show("'Ab Cd'.istitle()", lambda: 'Ab Cd'.istitle())
show("'A1B'.istitle()", lambda: 'A1B'.istitle())
show("'aB'.isupper()", lambda: 'aB'.isupper())
show("'1A'.isupper()", lambda: '1A'.isupper())
show("'中文'.isidentifier()", lambda: '中文'.isidentifier())
show("'1a'.isidentifier()", lambda: '1a'.isidentifier())
show("'_'.isidentifier()", lambda: '_'.isidentifier())
show("'a\\u0300'.isidentifier()", lambda: 'a\u0300'.isidentifier())
show("'\\x7f'.isprintable()", lambda: '\x7f'.isprintable())
show("' '.isprintable()", lambda: ' '.isprintable())
show("'\\xa0'.isprintable()", lambda: '\xa0'.isprintable())
show("'é'.isascii()", lambda: 'é'.isascii())
