# Common bytes methods mirror str methods but work on bytes.
b = b'  Hello, World  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' Hd'))
print(b.upper(), b.lower(), b.swapcase(), b.strip().title(), b'hello'.capitalize())
print(b.split(), b.split(b','), b'a,b,,c'.split(b',', 1), b'a b c'.rsplit(None, 1))
print(b'-'.join([b'a', b'b', b'c']), b''.join([b'x', bytearray(b'y')]))
print(b.find(b'World'), b.find(b'x'), b.index(b'o'), b.rindex(b'o'), b.count(b'l'), b.find(111))
print(b.replace(b'l', b'L'), b.replace(b'l', b'', 2), b'abc'.startswith(b'ab'), b'abc'.endswith((b'x', b'c')))
print(b'42'.isdigit(), b'abc'.isalpha(), b'ab1'.isalnum(), b'  '.isspace(), b'ABC'.isupper(), b'\xe9'.isalpha())
print(b'key=value'.partition(b'='), b'a.b.c'.rpartition(b'.'), b'x\ny\r\nz'.splitlines())
print(b'42'.zfill(5), b'ab'.center(6, b'*'), b'ab'.ljust(4), b'ab'.rjust(4, b'0'))
print(b'a\tb'.expandtabs(4), b'TestCase'.removeprefix(b'Test'), b'file.py'.removesuffix(b'.py'))
print(b'abc'.translate(None, b'b'), b'hello'.translate(bytes.maketrans(b'el', b'ip')))
print(b'%s is %d' % (b'x', 5), b'%5.1f|%-4s|%c|%x' % (3.14159, b'ab', 65, 255), b'%r' % 'é')
for f in [lambda: b.split(','), lambda: b'-'.join(['a']), lambda: b.find('x'), lambda: b.replace('l', 'L'),
          lambda: b'%d' % b'x', lambda: b'%s' % 'str', lambda: b.center(10, '*')]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
