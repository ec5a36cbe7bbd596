# replace (with count), partition/rpartition, expandtabs.
s = 'one fish two fish red fish blue fish'
print(s.replace('fish', 'cat'))
print(s.replace('fish', 'cat', 2), s.replace('fish', 'cat', 0), s.replace('fish', 'cat', -1))
print(s.replace(' ', ''), s.replace('x', 'y'), 'aaa'.replace('a', 'aa'), 'aaaa'.replace('aa', 'b'))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'), ''.replace('a', 'b'))
print('Hello'.replace('l', 'L', 1), '中文中文'.replace('中', 'zh'))
print('key=value=more'.partition('='), 'key=value=more'.rpartition('='))
print('no sep'.partition('='), 'no sep'.rpartition('='))
print('a.b.c'.partition('.'), 'a.b.c'.rpartition('.'), ''.partition('x'))
path = 'archive.tar.gz'
stem, dot, ext = path.rpartition('.')
print(stem, dot, ext)
email = 'ada@example.org'
user, _, domain = email.partition('@')
print(user, domain)
print(repr('a\tb\tc'.expandtabs()), repr('a\tb\tc'.expandtabs(4)), repr('ab\tcd'.expandtabs(2)))
print(repr('12345678\t9'.expandtabs()), repr('\t'.expandtabs(0)), repr('x\ty\nab\tc'.expandtabs(3)))
print(repr('a\r\tb'.expandtabs(4)), repr('\t'.expandtabs(-1)))
for f in [lambda: 'a'.partition(''), lambda: 'a'.rpartition(''), lambda: 'a'.replace(1, 'b'),
          lambda: 'a'.partition(None), lambda: 'a'.replace('a')]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
