# str.encode, bytes.decode and str(bytes, encoding, errors): the codecs and their error handlers: each case prints its result or the exception CPython raises.
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


show("str(b'a',1)", lambda: str(b'a',1))
show("str(b'a', errors=1)", lambda: str(b'a', errors=1))
show("str(b'\\xff', 'utf-8')", lambda: str(b'\xff', 'utf-8'))
show("str(b'\\xff', 'ascii')", lambda: str(b'\xff', 'ascii'))
show("str(b'abc', 'latin-1')", lambda: str(b'abc', 'latin-1'))
show("str(b'abc', encoding='UTF8')", lambda: str(b'abc', encoding='UTF8'))
show("str(b'a\\xffb', 'utf-8', 'replace')", lambda: str(b'a\xffb', 'utf-8', 'replace'))
show("str(b'abc', 'foo')", lambda: str(b'abc', 'foo'))
show("str(b'abc')", lambda: str(b'abc'))
show("'a'.encode(1)", lambda: 'a'.encode(1))
show("str(b'\\xff')", lambda: str(b'\xff'))
show("str(b'\\xe4\\xb8\\xad', 'utf-8')", lambda: str(b'\xe4\xb8\xad', 'utf-8'))
show("str(b'\\xe4\\xb8\\xad', 'utf8', 'strict')", lambda: str(b'\xe4\xb8\xad', 'utf8', 'strict'))
show("str(b'caf\\xe9', 'latin-1')", lambda: str(b'caf\xe9', 'latin-1'))
show("str(b'caf\\xe9', 'ascii', 'ignore')", lambda: str(b'caf\xe9', 'ascii', 'ignore'))
show("str(b'caf\\xe9', 'ascii', 'replace')", lambda: str(b'caf\xe9', 'ascii', 'replace'))
show("str(b'caf\\xe9', 'ascii', 'backslashreplace')", lambda: str(b'caf\xe9', 'ascii', 'backslashreplace'))
show("str(b'caf\\xe9', 'utf-8', 'surrogateescape')", lambda: str(b'caf\xe9', 'utf-8', 'surrogateescape'))
show("str(b'caf\\xe9', 'UTF_8', 'surrogateescape').encode('utf-8', 'surrogateescape')", lambda: str(b'caf\xe9', 'UTF_8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
show("'abc'.encode()", lambda: 'abc'.encode())
show("'héllo'.encode()", lambda: 'héllo'.encode())
show("'héllo'.encode('latin1')", lambda: 'héllo'.encode('latin1'))
show("'héllo'.encode('ascii')", lambda: 'héllo'.encode('ascii'))
show("'héllo'.encode('ascii', 'ignore')", lambda: 'héllo'.encode('ascii', 'ignore'))
show("'héllo'.encode('ascii', 'xmlcharrefreplace')", lambda: 'héllo'.encode('ascii', 'xmlcharrefreplace'))
show("'h\\ud800llo'.encode('utf-8', 'surrogatepass')", lambda: 'h\ud800llo'.encode('utf-8', 'surrogatepass'))
show("'h\\ud800llo'.encode('utf-8', 'replace')", lambda: 'h\ud800llo'.encode('utf-8', 'replace'))
show("'h\\ud800llo'.encode('utf-8', 'ignore')", lambda: 'h\ud800llo'.encode('utf-8', 'ignore'))
show("'h\\ud800llo'.encode('utf-8', 'backslashreplace')", lambda: 'h\ud800llo'.encode('utf-8', 'backslashreplace'))
show("'h\\ud800llo'.encode('utf-8', 'xmlcharrefreplace')", lambda: 'h\ud800llo'.encode('utf-8', 'xmlcharrefreplace'))
show("'h\\ud800llo'.encode('latin-1')", lambda: 'h\ud800llo'.encode('latin-1'))
show("'a😀'.encode('ascii', 'backslashreplace')", lambda: 'a😀'.encode('ascii', 'backslashreplace'))
show("'\\udc80x'.encode('utf-8','surrogateescape')", lambda: '\udc80x'.encode('utf-8','surrogateescape'))
show("'\\ud800\\ud801'.encode()", lambda: '\ud800\ud801'.encode())
show("'é€'.encode('latin-1')", lambda: 'é€'.encode('latin-1'))
show("'é€x€€'.encode('ascii', 'xmlcharrefreplace')", lambda: 'é€x€€'.encode('ascii', 'xmlcharrefreplace'))
show("'é€'.encode('ascii', 'backslashreplace')", lambda: 'é€'.encode('ascii', 'backslashreplace'))
show("'é€'.encode('ascii', 'replace')", lambda: 'é€'.encode('ascii', 'replace'))
show("'é€'.encode('ascii', 'ignore')", lambda: 'é€'.encode('ascii', 'ignore'))
show("'abc'.encode('UTF-8')", lambda: 'abc'.encode('UTF-8'))
show("'abc'.encode('u8')", lambda: 'abc'.encode('u8'))
show("'abc'.encode(' Latin 1 ')", lambda: 'abc'.encode(' Latin 1 '))
show("'abc'.encode('latin')", lambda: 'abc'.encode('latin'))
show("'a'.encode(errors=2)", lambda: 'a'.encode(errors=2))
show("'a'.encode('foo')", lambda: 'a'.encode('foo'))
