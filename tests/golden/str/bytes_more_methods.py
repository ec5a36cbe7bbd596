# bytes methods with ASCII semantics and bytes % args (PEP 461).
b = b'  Hello, World  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' Hd'))
print(b.upper(), b.lower(), b.swapcase(), b.strip().title(), b'hello'.capitalize())
print(b.split(), b.split(b','), b'a,b,,c'.split(b',', 1), b'a b c'.rsplit(None, 1))
print(b.find(b'World'), b.find(b'x'), b.index(b'o'), b.rindex(b'o'), b.count(b'l'), b.find(111))
print(b.replace(b'l', b'L'), b.replace(b'l', b'', 2), b'abc'.startswith(b'ab'), b'abc'.endswith((b'x', b'c')))
print(b'42'.isdigit(), b'abc'.isalpha(), b'ab1'.isalnum(), b'  '.isspace(), b'ABC'.isupper(), b'\xe9'.isalpha())
print(b'key=value'.partition(b'='), b'a.b.c'.rpartition(b'.'), b'x\ny\r\nz'.splitlines())
print(b'42'.zfill(5), b'ab'.center(6, b'*'), b'ab'.ljust(4), b'ab'.rjust(4, b'0'))
print(b'a\tb'.expandtabs(4), b'TestCase'.removeprefix(b'Test'), b'file.py'.removesuffix(b'.py'))
print(b'abc'.translate(None, b'b'), b'hello'.translate(bytes.maketrans(b'el', b'ip')))
print(b'%s is %d' % (b'x', 5), b'%5.1f|%-4s|%c|%x' % (3.14159, b'ab', 65, 255), b'%r' % 'é')
class B:
    def __bytes__(self): return b'BB'
print(b'%s|%b|%a|%c|%c' % (B(), b'x', b'\xff', b'z', 200))
print(b'%(a)s %(b)d' % {b'a': b'A', b'b': 7})
for f in [lambda: b.split(','), lambda: b'-'.join(['a']), lambda: b.find('x'), lambda: b.replace('l', 'L'),
          lambda: b'%d' % b'x', lambda: b'%s' % 'str', lambda: b.center(10, '*'), lambda: b'abc' % 5,
          lambda: b'%c' % 256, lambda: b'%c' % 'a', lambda: b'%(a)s' % {'a': 1}, lambda: b'%b' % 5,
          lambda: b'abc'.translate(b'x'), lambda: bytes.maketrans(b'ab', b'c'), lambda: b'a'.partition(b''),
          lambda: b'ab'.ljust(5, 1)]:
    try:
        print(f())
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print(b'hello world'.title(), b'ab12cd'.capitalize(), b''.isdigit(), b'Ab Cd'.istitle(), b'-12'.zfill(5), b'\x80'.isascii())
print(b'a\x0bb\x0cc\x1cd\re\r\nf\ng'.splitlines(), b'a\nb\n'.splitlines(True), b'abc'.splitlines())
