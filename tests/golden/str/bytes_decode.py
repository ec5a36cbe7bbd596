# bytes.decode and bytes(str, encoding) with the error handlers: each case prints its result or the exception CPython raises.
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


show("b'\\xf0\\x9f\\x98\\x80'.decode()", lambda: b'\xf0\x9f\x98\x80'.decode())
show("b'\\xf0\\x9f\\x98'.decode()", lambda: b'\xf0\x9f\x98'.decode())
show("b'\\xf0\\x9f\\x98'.decode('utf-8', 'replace')", lambda: b'\xf0\x9f\x98'.decode('utf-8', 'replace'))
show("b'\\xf0\\x9f\\x98x'.decode('utf-8', 'replace')", lambda: b'\xf0\x9f\x98x'.decode('utf-8', 'replace'))
show("b'\\xf4\\x90\\x80\\x80'.decode('utf-8', 'replace')", lambda: b'\xf4\x90\x80\x80'.decode('utf-8', 'replace'))
show("b'\\xf5'.decode()", lambda: b'\xf5'.decode())
show("b'\\xe0\\x80\\x80'.decode('utf-8', 'replace')", lambda: b'\xe0\x80\x80'.decode('utf-8', 'replace'))
show("b'\\xed\\xbf\\xbf'.decode('utf-8', 'surrogatepass')", lambda: b'\xed\xbf\xbf'.decode('utf-8', 'surrogatepass'))
show("b'\\xed\\xbf\\xbf'.decode('utf-8', 'replace')", lambda: b'\xed\xbf\xbf'.decode('utf-8', 'replace'))
show("b'ab\\x80cd\\xff'.decode('ascii', 'replace')", lambda: b'ab\x80cd\xff'.decode('ascii', 'replace'))
show("b'ab\\x80cd\\xff'.decode('ascii', 'surrogateescape')", lambda: b'ab\x80cd\xff'.decode('ascii', 'surrogateescape'))
show("b'ab\\x80cd\\xff'.decode('ascii', 'backslashreplace')", lambda: b'ab\x80cd\xff'.decode('ascii', 'backslashreplace'))
show("b'\\x80'.decode('latin-1')", lambda: b'\x80'.decode('latin-1'))
show("b'abc'.decode('cp65001')", lambda: b'abc'.decode('cp65001'))
show("b'abc'.decode('us-ascii')", lambda: b'abc'.decode('us-ascii'))
show("b'abc'.decode('iso8859-1')", lambda: b'abc'.decode('iso8859-1'))
show("b'abc'.decode('ISO-8859-1')", lambda: b'abc'.decode('ISO-8859-1'))
show("b'abc'.decode('utf_8')", lambda: b'abc'.decode('utf_8'))
show("b'abc'.decode('utf8')", lambda: b'abc'.decode('utf8'))
show("b'abc'.decode('UTF8')", lambda: b'abc'.decode('UTF8'))
show("b'abc'.decode('latin_1')", lambda: b'abc'.decode('latin_1'))
show("b'abc'.decode('l1')", lambda: b'abc'.decode('l1'))
show("b'abc'.decode('')", lambda: b'abc'.decode(''))
show("bytes('é', 'utf-8')", lambda: bytes('é', 'utf-8'))
show("bytes('é', 'ascii')", lambda: bytes('é', 'ascii'))
show("bytes(b'x', 'utf-8')", lambda: bytes(b'x', 'utf-8'))
show("bytes(encoding='utf-8')", lambda: bytes(encoding='utf-8'))
show("b'\\xff'.decode()", lambda: b'\xff'.decode())
show("b'\\xe4\\xb8'.decode()", lambda: b'\xe4\xb8'.decode())
show("b'\\xe4\\x41'.decode()", lambda: b'\xe4\x41'.decode())
show("b'\\xf0\\x9f\\x98A'.decode()", lambda: b'\xf0\x9f\x98A'.decode())
show("b'\\xed\\xa0\\x80'.decode()", lambda: b'\xed\xa0\x80'.decode())
show("b'\\xed\\xa0\\x80'.decode('utf-8', 'surrogatepass')", lambda: b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass'))
show("b'\\xc0\\x80'.decode()", lambda: b'\xc0\x80'.decode())
show("b'a\\xffb\\xfe'.decode('utf-8','surrogateescape')", lambda: b'a\xffb\xfe'.decode('utf-8','surrogateescape'))
show("b'a\\xffb'.decode('utf-8','backslashreplace')", lambda: b'a\xffb'.decode('utf-8','backslashreplace'))
show("b'a\\xffb'.decode('utf-8','bogus')", lambda: b'a\xffb'.decode('utf-8','bogus'))
show("b'ab'.decode('utf-8','bogus')", lambda: b'ab'.decode('utf-8','bogus'))
show("bytes(1, 'utf-8')", lambda: bytes(1, 'utf-8'))
show("b'a'.decode(1)", lambda: b'a'.decode(1))
show("b'a'.decode('utf-8', 1)", lambda: b'a'.decode('utf-8', 1))
show("b'a'.decode(encoding='ascii')", lambda: b'a'.decode(encoding='ascii'))
show("b'abc'.decode('latin-1')", lambda: b'abc'.decode('latin-1'))
show("b'\\xe9'.decode('latin-1')", lambda: b'\xe9'.decode('latin-1'))
show("b'\\xe9'.decode('ascii', 'replace')", lambda: b'\xe9'.decode('ascii', 'replace'))
