# bytes methods: hex, fromhex, join, split, strip, find, count, replace, upper, lower...: each case prints its result or the exception CPython raises.
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


show("b'abc'.hex()", lambda: b'abc'.hex())
show("b'abc'.hex(':')", lambda: b'abc'.hex(':'))
show("b'abcdef'.hex(':', 2)", lambda: b'abcdef'.hex(':', 2))
show("b'abcdef'.hex(':', -2)", lambda: b'abcdef'.hex(':', -2))
show("bytes.fromhex('61 62')", lambda: bytes.fromhex('61 62'))
show("bytes.fromhex('6')", lambda: bytes.fromhex('6'))
show("bytes.fromhex('zz')", lambda: bytes.fromhex('zz'))
show("bytes.fromhex(' 61 6 2')", lambda: bytes.fromhex(' 61 6 2'))
show("b','.join([b'a', b'b'])", lambda: b','.join([b'a', b'b']))
show("b','.join([b'a', 'b'])", lambda: b','.join([b'a', 'b']))
show("b','.join([1])", lambda: b','.join([1]))
show("b'a b  c'.split()", lambda: b'a b  c'.split())
show("b'a,b'.split(b',')", lambda: b'a,b'.split(b','))
show("b'a,b'.split(',')", lambda: b'a,b'.split(','))
show("b'  x '.strip()", lambda: b'  x '.strip())
show("b'xxaxx'.strip(b'x')", lambda: b'xxaxx'.strip(b'x'))
show("b'abc'.startswith(b'a')", lambda: b'abc'.startswith(b'a'))
show("b'abc'.startswith('a')", lambda: b'abc'.startswith('a'))
show("b'abc'.find(b'c')", lambda: b'abc'.find(b'c'))
show("b'abc'.find(99)", lambda: b'abc'.find(99))
show("b'aaa'.count(b'a')", lambda: b'aaa'.count(b'a'))
show("b'aaa'.replace(b'a', b'bb', 2)", lambda: b'aaa'.replace(b'a', b'bb', 2))
show("b'aBc'.upper()", lambda: b'aBc'.upper())
show("b'AbC'.lower()", lambda: b'AbC'.lower())
show("b'a'.strip('a')", lambda: b'a'.strip('a'))
show("b'a'.replace('a', b'b')", lambda: b'a'.replace('a', b'b'))
show("b'a'.split(maxsplit='x')", lambda: b'a'.split(maxsplit='x'))
show("b'a'.count('a')", lambda: b'a'.count('a'))
show("b'a'.find('a')", lambda: b'a'.find('a'))
show("b'a'.find(256)", lambda: b'a'.find(256))
show("b'a'.index(b'z')", lambda: b'a'.index(b'z'))
show("b'a'.endswith(1)", lambda: b'a'.endswith(1))
show("b'a'.startswith((1,))", lambda: b'a'.startswith((1,)))
show("b'abcde'.hex(':', 2)", lambda: b'abcde'.hex(':', 2))
show("b'abcde'.hex(':', -2)", lambda: b'abcde'.hex(':', -2))
show("b'abc'.hex('::')", lambda: b'abc'.hex('::'))
show("b'abc'.hex('é')", lambda: b'abc'.hex('é'))
show("b'abc'.hex(b':')", lambda: b'abc'.hex(b':'))
show("b'abc'.hex(1)", lambda: b'abc'.hex(1))
show("b''.hex(':')", lambda: b''.hex(':'))
show("b'abc'.hex(':', 0)", lambda: b'abc'.hex(':', 0))
show("bytes.fromhex(b'61')", lambda: bytes.fromhex(b'61'))
show("bytes.fromhex('61\\n62\\t')", lambda: bytes.fromhex('61\n62\t'))
show("bytes.fromhex('6g')", lambda: bytes.fromhex('6g'))
show("bytes.fromhex('')", lambda: bytes.fromhex(''))
show("b'a'.upper(1)", lambda: b'a'.upper(1))
show("b''.join([])", lambda: b''.join([]))
show("b'-'.join([b'a'])", lambda: b'-'.join([b'a']))
show("b'-'.join(1)", lambda: b'-'.join(1))
show("b'x'.rfind(b'x')", lambda: b'x'.rfind(b'x'))
show("b'  a b  '.split(None, 1)", lambda: b'  a b  '.split(None, 1))
show("b'  a b  '.rsplit(None, 1)", lambda: b'  a b  '.rsplit(None, 1))
show("b'a,b,c'.rsplit(b',', 1)", lambda: b'a,b,c'.rsplit(b',', 1))
show("b'a\\x1cb'.split()", lambda: b'a\x1cb'.split())
show("b'\\x1c a \\x1c'.strip()", lambda: b'\x1c a \x1c'.strip())
show("b'a'.split(b'')", lambda: b'a'.split(b''))
show("b'abc'.strip(None)", lambda: b'abc'.strip(None))
show("b'xyxabcyx'.strip(b'xy')", lambda: b'xyxabcyx'.strip(b'xy'))
show("b'abc'.lstrip(b'a')", lambda: b'abc'.lstrip(b'a'))
show("b'abc'.rstrip(b'c')", lambda: b'abc'.rstrip(b'c'))
show("b'abc'.__sizeof__()", lambda: b'abc'.__sizeof__())
show("b'abc'.replace(b'', b'-')", lambda: b'abc'.replace(b'', b'-'))
show("b'abc'.count(b'')", lambda: b'abc'.count(b''))
show("b'abc'.count(98)", lambda: b'abc'.count(98))
show("b'abc'.startswith(b'b', 1)", lambda: b'abc'.startswith(b'b', 1))
show("b'a'.find(b'a', 'x')", lambda: b'a'.find(b'a', 'x'))
