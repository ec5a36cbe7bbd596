# == and != by value with bytes, bytearray and other views; ordering refused; hash.
m = memoryview(b'abc')
print(m == b'abc', m != b'abc', b'abc' == m, m == bytearray(b'abc'), bytearray(b'abc') == m)
print(m == memoryview(b'abc'), m == m, m == b'abd', m == b'ab', m == 'abc', m == [97, 98, 99], m == None)
print(m[::2] == b'ac', b'ac' == m[::2], m[::-1] == b'cba', m[1:] == memoryview(b'xbc')[1:])
print(memoryview(b'\xff').cast('b') == b'\xff', memoryview(b'\xff').cast('b') == memoryview(b'\xff').cast('b'))
print(memoryview(b'ab').cast('c') == b'ab', memoryview(b'ab').cast('c') == memoryview(b'ab').cast('c'))
print(memoryview(b'\x01\x00').cast('?') == memoryview(b'\x01\x00'), memoryview(b'\x02').cast('?') == memoryview(b'\x01').cast('?'))
print(memoryview(bytes(4)).cast('h') == memoryview(bytes(4)).cast('H'), memoryview(bytes(4)).cast('h') == bytes(4))
nan = memoryview(b'\x00\x00\xc0\x7f').cast('f')
print(nan == nan, nan != nan, nan.tolist())
one = memoryview(b'\x00\x00\x80\x3f').cast('f')
print(one == memoryview(b'\x00\x00\x80\x3f').cast('f'), one == memoryview(b'\x00\x00\x00\x00\x00\x00\xf0\x3f').cast('d'))
two = memoryview(bytes(range(6))).cast('B', [2, 3])
print(two == memoryview(bytes(range(6))).cast('B', [2, 3]), two == memoryview(bytes(range(6))).cast('B', [3, 2]),
      two == bytes(range(6)), two == two.cast('B'))
for f in [lambda: m < b'abd', lambda: m <= m, lambda: b'abc' > m, lambda: m >= bytearray(b'a'), lambda: bytearray(b'a') < m]:
    try:
        print(f())
    except TypeError as e:
        print(e)
print(hash(m) == hash(b'abc'), hash(memoryview(b'')) == hash(b''), hash(m[::2]) == hash(b'ac'))
print(hash(memoryview(b'ab').cast('c')) == hash(b'ab'), hash(memoryview(b'ab').cast('b')) == hash(b'ab'))
print({m: 1}[b'abc'], b'abc' in {m}, hash(memoryview(b'xyz')[::-1]) == hash(b'zyx'))
for f in [lambda: hash(memoryview(bytearray(b'ab'))), lambda: hash(memoryview(bytes(4)).cast('i')),
          lambda: hash(memoryview(bytearray(b'ab')).toreadonly()), lambda: hash(memoryview(b'abcd').cast('B', [2, 2]))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
