# bytearray: the mutable companion of bytes.
ba = bytearray(b'hello')
ba[0] = 72
ba.append(33)
ba.extend(b' ok')
print(ba, len(ba), bytes(ba))
ba[1:3] = b'EL'
del ba[-3:]
print(ba, ba.pop(), ba, ba.find(b'L'))
ba.insert(0, 62)
ba.remove(ord('!')) if b'!' in ba else None
print(ba, ba.upper(), ba.decode())
print(bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray())
print(bytearray(b'ab') == b'ab', b'ab' + bytearray(b'cd'), type(b'ab' + bytearray(b'cd')).__name__)
ba2 = bytearray(b'abc')
ba2 += b'def'
ba2 *= 2
print(ba2, ba2.count(b'a'), ba2.reverse(), ba2)
for f in [lambda: ba.__setitem__(0, 256), lambda: ba.append(-1), lambda: ba.__setitem__(0, b'x'),
          lambda: hash(ba), lambda: ba.remove(200), lambda: bytearray().pop()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
