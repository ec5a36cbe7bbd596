# strip/lstrip/rstrip with and without characters; removeprefix/removesuffix.
s = '   \t hello world \n  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xxhixx'.lstrip('x'), 'xxhixx'.rstrip('x'))
print('www.example.com'.strip('cmowz.'), '<<>>'.strip('<>'), repr('aaa'.strip('a')))
print('123abc321'.strip('123'), '  x  '.strip(None), '\u3000x\xa0'.strip())
print(repr(''.strip()), repr('\x1c\x1d\x1e\x1fa\x85'.strip()))
print('TestHook'.removeprefix('Test'), 'BaseTestCase'.removeprefix('Test'))
print('MiscTests'.removesuffix('Tests'), 'TmpDirMixin'.removesuffix('Tests'))
print('abc'.removeprefix(''), 'abc'.removesuffix(''), 'abc'.removeprefix('abc'))
print('data.tar.gz'.removesuffix('.gz').removesuffix('.tar'))
print('arrow'.strip('wor'), 'mississippi'.rstrip('ips'))
lines = ['  name = Ada  \n', 'lang=Python\n', '  \n']
for line in lines:
    line = line.strip()
    if not line:
        print('(blank)')
        continue
    key, _, value = line.partition('=')
    print(repr(key.strip()), repr(value.strip()))
for f in [lambda: 'x'.strip(1), lambda: 'x'.removeprefix(None), lambda: 'x'.lstrip('a', 'b')]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
