# split, rsplit, splitlines, join.
line = '  alpha  beta\tgamma\ndelta  '
print(line.split(), line.split(' '), line.split(None, 1), line.rsplit(None, 1))
print('a,b,,c,'.split(','), 'a,b,,c,'.split(',', 2), 'a,b,,c,'.rsplit(',', 2))
print(''.split(), ''.split(','), '   '.split(), ' '.split(' '))
print('one::two::three'.split('::'), 'abc'.split('abc'), 'x'.split('x', 0))
print('a b c d'.split(maxsplit=2), 'a b c d'.rsplit(maxsplit=2), 'a b c'.split(' ', -1))
print('1 2 3'.split(sep=' '), '\u3000wide\u3000space\u3000'.split())
text = 'first line\nsecond line\r\nthird\rfourth\n\nlast'
print(text.splitlines())
print(text.splitlines(True))
print('no newline'.splitlines(), ''.splitlines(), '\n'.splitlines(), 'a\n'.splitlines(keepends=True))
print('x\x0by\x0cz\x1cw\x85v\u2028u'.splitlines())
print('a\nb\n'.split('\n'), 'a\nb\n'.splitlines())
words = ['spam', 'eggs', 'ham']
print(', '.join(words), ''.join(words), '-'.join('abc'), ' '.join([]), '+'.join(['only']))
print('\n'.join(['row1', 'row2']))
print(', '.join(str(n) for n in range(5)), '/'.join(('usr', 'local', 'bin')))
print(''.join({'k1': 1, 'k2': 2}))
csv = 'name,age,city\nAda,36,London\nAlan,41,Wilmslow'
rows = [r.split(',') for r in csv.splitlines()]
header, *data = rows
for row in data:
    print(dict(zip(header, row)))
for f in [lambda: ', '.join(['a', 1, 'c']), lambda: ''.join([b'x']), lambda: 'a'.split(''),
          lambda: 'a'.rsplit(''), lambda: ' '.join(5), lambda: 'a'.split(1), lambda: ''.join(None)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
