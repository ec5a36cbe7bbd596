# split, rsplit, splitlines, partition, rpartition and join: each case prints its result or the exception CPython raises.
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


show("'a'.split(1)", lambda: 'a'.split(1))
show("'a'.split('')", lambda: 'a'.split(''))
show("'a b'.split(maxsplit='x')", lambda: 'a b'.split(maxsplit='x'))
show("'a'.split(None, 1, 2)", lambda: 'a'.split(None, 1, 2))
show("'a'.join(1)", lambda: 'a'.join(1))
show("'a'.join([1])", lambda: 'a'.join([1]))
show("'a'.splitlines(1, 2)", lambda: 'a'.splitlines(1, 2))
show("'a'.splitlines(keepends=1)", lambda: 'a'.splitlines(keepends=1))
show("'a'.partition('')", lambda: 'a'.partition(''))
show("'a'.partition(1)", lambda: 'a'.partition(1))
show("'a'.rpartition('')", lambda: 'a'.rpartition(''))
show("'a\\nb\\r\\nc\\rd\\x0be\\x0cf\\x1cg\\x1dh\\x1ei\\x85j\\u2028k\\u2029l'.splitlines()", lambda: 'a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'.splitlines())
show("'a\\n\\r\\n'.splitlines(True)", lambda: 'a\n\r\n'.splitlines(True))
show("''.splitlines()", lambda: ''.splitlines())
show("'\\n'.splitlines()", lambda: '\n'.splitlines())
show("'  a  b  '.split()", lambda: '  a  b  '.split())
show("'  a  b  '.split(None, 1)", lambda: '  a  b  '.split(None, 1))
show("'  a  b  '.rsplit(None, 1)", lambda: '  a  b  '.rsplit(None, 1))
show("'a,b,,c'.split(',')", lambda: 'a,b,,c'.split(','))
show("'a,b,,c'.rsplit(',', 1)", lambda: 'a,b,,c'.rsplit(',', 1))
show("'a\\x1cb\\x85c\\u3000d'.split()", lambda: 'a\x1cb\x85c\u3000d'.split())
show("''.split()", lambda: ''.split())
show("''.split(',')", lambda: ''.split(','))
show("'abc'.split('abc')", lambda: 'abc'.split('abc'))
show("'a b'.split(sep=None, maxsplit=0)", lambda: 'a b'.split(sep=None, maxsplit=0))
show("'  a b'.split(None, 0)", lambda: '  a b'.split(None, 0))
show("'a b  '.rsplit(None, 0)", lambda: 'a b  '.rsplit(None, 0))
show("'ab'.split(maxsplit=-5)", lambda: 'ab'.split(maxsplit=-5))
show("'abc'.partition('b')", lambda: 'abc'.partition('b'))
show("'abc'.partition('x')", lambda: 'abc'.partition('x'))
show("'abc'.rpartition('x')", lambda: 'abc'.rpartition('x'))
show("'abcb'.rpartition('b')", lambda: 'abcb'.rpartition('b'))
show("'-'.join(['a', 'b', 'c'])", lambda: '-'.join(['a', 'b', 'c']))
show("'-'.join(('a',))", lambda: '-'.join(('a',)))
show("'-'.join([])", lambda: '-'.join([]))
show("''.join(['é', 'a'])", lambda: ''.join(['é', 'a']))
show("', '.join(['a', 'é', '中'])", lambda: ', '.join(['a', 'é', '中']))
show("'-'.join('abc')", lambda: '-'.join('abc'))
show("'-'.join(['a', 2])", lambda: '-'.join(['a', 2]))
show("'-'.join([b'a'])", lambda: '-'.join([b'a']))
show("'-'.join(None)", lambda: '-'.join(None))
