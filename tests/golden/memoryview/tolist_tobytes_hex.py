# tolist, tobytes (with order) and hex (with sep and bytes_per_sep, as bytes.hex).
m = memoryview(b'\x00\x01\xab\xff\x10')
print(m.tolist(), m.tobytes(), m.hex())
print(m[::2].tolist(), m[::2].tobytes(), m[::-1].hex())
print(m.tobytes('C'), m.tobytes('F'), m.tobytes('A'), m.tobytes(None), m.tobytes(order='C'))
for order in ['X', 'c', '', 1, b'C']:
    try:
        print(m.tobytes(order))
    except Exception as e:
        print(repr(order), type(e).__name__, e)
print(m.hex(':'), m.hex(b'-'), m.hex(' ', 2), m.hex(' ', -2), m.hex('|', 3), m.hex(sep='_', bytes_per_sep=4))
print(m.hex(':', 0), m.hex(':', 100), m.hex(bytes_per_sep=2), m[::2].hex(':'), memoryview(b'').hex(':'))
for args in [(1,), ('::',), ('é',), ('\u20ac',), (b'\xff',), (bytearray(b':'),), (memoryview(b':'),),
             (':', 'x'), (':', 2**40), (None,)]:
    try:
        print(m.hex(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
print(b'\x01\x02\x03'.hex(':', 2), bytearray(b'\x01\x02\x03').hex('-', -2))
for args in [(bytearray(b':'),), (1,), (':', 2**40)]:
    try:
        print(b'ab'.hex(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
q = memoryview(bytes(range(8))).cast('h', [2, 2])
print(q.tolist(), q.tobytes(), q.tobytes('F'), q.tobytes('A'), q.hex())
z = memoryview(b'\x05').cast('B', [])
print(z.tolist(), z.tobytes(), z.hex())
print(type(memoryview(b'abc').tolist()[0]).__name__, memoryview(b'a').tobytes() == b'a')
