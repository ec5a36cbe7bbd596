# Bytes literals and escapes.
print(b'abc', B"abc", b'''multi
line''')
print(b'\x00\x01\xff', b'\n\t\r', b'\\', b'\'', b"\"")
print(b'\101\102', b'\7', b'\0')
print(b'it\'s', b"it's", b'say "hi"')
print(rb'\x00', br'\n', len(rb'\x00'))
print(b'implicit' b' concat')
print(b'\u00e9', len(b'\u00e9'))
b = b'hello'
print(b[0], b[-1], b[1:3], type(b[0]), type(b[1:3]))
print(list(b'\x00\x7f\x80\xff'))
print(b'a' * 3, b'ab' + b'cd')
print(b'' == bytes(), len(b''))
print(repr(b'\x7f'), repr(b'\x1b[0m'), repr(b' ~'))
