# bytes literals and their repr.
samples = [b'', b'abc', b"it's", b'say "hi"', b'both \' and "', b'\x00\x01\x7f\x80\xff',
           b'\t\n\r\x0b\x0c', b'\\', b'\x1b[0m', bytes(range(30, 40))]
for b in samples:
    print(repr(b), len(b))
print(b'abc' == b'abc', b'abc' == 'abc', b'abc' != 'abc', b'a' < b'b', b'ab' < b'abc')
print(bytes(b'copy'), bytes(), bytes(3), bytes([65, 66, 67]), bytes((0, 255)))
print(bytes(range(65, 70)), bytes('é', 'utf-8'), bytes('abc', encoding='ascii'))
print(bytes(bytearray(b'xy')), bytes(memoryview(b'mv')), bytes(iter([1, 2])))
print(str(b'x'), f'{b"y"}', '%s' % b'z', '%r' % b'w')
print(type(b''), isinstance(b'', bytes), isinstance(b'', str))
print(hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'])
for f in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes('abc'), lambda: bytes(-1),
          lambda: bytes(['a']), lambda: bytes(1.5), lambda: bytes('x', 'nope'), lambda: bytes(None)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
