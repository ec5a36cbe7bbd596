# bytes objects: bytes(), indexing, slicing, iteration, in, +, *, comparisons, repr: each case prints its result or the exception CPython raises.
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


show("tn(iter(b'a'))", lambda: tn(iter(b'a')))
show("b'abc'[5]", lambda: b'abc'[5])
show("ident(b'abc')['x']", lambda: ident(b'abc')['x'])
show("b'ab' + 'c'", lambda: b'ab' + 'c')
show("b'ab' + 1", lambda: b'ab' + 1)
show("b'a' * 'x'", lambda: b'a' * 'x')
show("b'ab' in b'cab'", lambda: b'ab' in b'cab')
show("bytes('abc')", lambda: bytes('abc'))
show('bytes(-1)', lambda: bytes(-1))
show('bytes([256])', lambda: bytes([256]))
show('bytes(3)', lambda: bytes(3))
show('bytes(x=1)', lambda: bytes(x=1))
show('bytes(1,2,3,4)', lambda: bytes(1,2,3,4))
show("bytes(b'abc')", lambda: bytes(b'abc'))
show("b'abc'[::-1]", lambda: b'abc'[::-1])
show("b'abc'[1:]", lambda: b'abc'[1:])
show("iter(b'')", lambda: iter(b''))
show("b'a' < b'b'", lambda: b'a' < b'b')
show("b'a' == 'a'", lambda: b'a' == 'a')
show("b'a' < 'a'", lambda: b'a' < 'a')
show("b'ab' * 3", lambda: b'ab' * 3)
show("bytes('a', errors='strict')", lambda: bytes('a', errors='strict'))
show("bytes(b'x', errors='x')", lambda: bytes(b'x', errors='x'))
show("bytes(errors='x')", lambda: bytes(errors='x'))
show("bytes('a', 1)", lambda: bytes('a', 1))
show("bytes([1, 'a'])", lambda: bytes([1, 'a']))
show('bytes((65, 66))', lambda: bytes((65, 66)))
show('bytes(iter([67]))', lambda: bytes(iter([67])))
show('bytes(True)', lambda: bytes(True))
show("b'abc'[True]", lambda: b'abc'[True])
show("b'abc'[-1]", lambda: b'abc'[-1])
show("b'abc'[-4]", lambda: b'abc'[-4])
show("b'ab' * -1", lambda: b'ab' * -1)
show("b'ab' * 2**62", lambda: b'ab' * 2**62)
show("list(iter(b'ab'))", lambda: list(iter(b'ab')))
show('bytes([]) is bytes()', lambda: bytes([]) is bytes())
show("bytes(b'ab')", lambda: bytes(b'ab'))
