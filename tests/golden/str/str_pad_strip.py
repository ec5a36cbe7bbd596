# strip family, center, ljust, rjust, zfill, expandtabs, removeprefix/removesuffix: each case prints its result or the exception CPython raises.
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


show("'a'.strip(1)", lambda: 'a'.strip(1))
show("'a'.center()", lambda: 'a'.center())
show("'a'.center('x')", lambda: 'a'.center('x'))
show("'a'.center(5, 'xy')", lambda: 'a'.center(5, 'xy'))
show("'a'.center(5, 1)", lambda: 'a'.center(5, 1))
show("'a'.ljust(5, '')", lambda: 'a'.ljust(5, ''))
show("'a'.zfill('x')", lambda: 'a'.zfill('x'))
show("'a'.expandtabs('x')", lambda: 'a'.expandtabs('x'))
show("'a'.expandtabs(tabsize=2)", lambda: 'a'.expandtabs(tabsize=2))
show("'a'.removeprefix(1)", lambda: 'a'.removeprefix(1))
show("'a'.zfill(-1)", lambda: 'a'.zfill(-1))
show("'-12'.zfill(6)", lambda: '-12'.zfill(6))
show("'+x'.zfill(4)", lambda: '+x'.zfill(4))
show("'a\\tb\\n\\tc'.expandtabs()", lambda: 'a\tb\n\tc'.expandtabs())
show("'a\\tb'.expandtabs(0)", lambda: 'a\tb'.expandtabs(0))
show("'a\\tb'.expandtabs(-1)", lambda: 'a\tb'.expandtabs(-1))
show("'\\u00e9\\tx'.expandtabs(4)", lambda: '\u00e9\tx'.expandtabs(4))
show("'xxhixx'.strip('x')", lambda: 'xxhixx'.strip('x'))
show("'  hi\\x85'.strip()", lambda: '  hi\x85'.strip())
show("'hi'.lstrip(None)", lambda: 'hi'.lstrip(None))
show("'é hé'.rstrip('é')", lambda: 'é hé'.rstrip('é'))
show("'a'.center(4)", lambda: 'a'.center(4))
show("'ab'.center(5)", lambda: 'ab'.center(5))
show("'ab'.center(6, '*')", lambda: 'ab'.center(6, '*'))
show("'abc'.center(6)", lambda: 'abc'.center(6))
show("'é'.center(3, 'ü')", lambda: 'é'.center(3, 'ü'))
show("'a'.ljust(3, 'é')", lambda: 'a'.ljust(3, 'é'))
show("'a'.rjust(3)", lambda: 'a'.rjust(3))
show("'hello'.removeprefix('he')", lambda: 'hello'.removeprefix('he'))
show("'hello'.removesuffix('lo')", lambda: 'hello'.removesuffix('lo'))
show("'hello'.removesuffix('')", lambda: 'hello'.removesuffix(''))
