# Where CPython takes any bytes-like object, a memoryview works: bytes(), bytearray(),
# join, +, +=, extend, in, the bytes methods, int.from_bytes, str(b, enc) — and where
# a non-contiguous or released view is refused, with which error.
m = memoryview(b'abcdef')
nc = m[::2]
gone = memoryview(b'abc')
gone.release()
c = memoryview(b'\x00\x01').cast('h')
cases = [
    ('bytes', lambda v: bytes(v)), ('bytearray', lambda v: bytearray(v)),
    ('join', lambda v: b'-'.join([v, b'x', v])), ('ba join', lambda v: bytearray(b'-').join([v])),
    ('concat', lambda v: b'<' + v), ('ba concat', lambda v: bytearray(b'<') + v),
    ('iadd', lambda v: bytearray(b'<').__iadd__(v)), ('extend', lambda v: bytearray(b'<').extend(v)),
    ('setslice', lambda v: bytearray(b'<>').__setitem__(slice(1, 1), v)),
    ('in', lambda v: v in b'xxabcdefxx'), ('ba in', lambda v: v in bytearray(b'abcdef')),
    ('find', lambda v: b'xxabcdef'.find(v)), ('count', lambda v: b'abcdefabcdef'.count(v)),
    ('index', lambda v: b'xxabcdef'.index(v)), ('split', lambda v: b'1abcdef2'.split(v)),
    ('strip', lambda v: b'abcXYZfed'.strip(v)), ('replace', lambda v: b'abcdef!'.replace(v, b'?')),
    ('replace new', lambda v: b'x'.replace(b'x', v)), ('partition', lambda v: b'1abcdef2'.partition(v)),
    ('ba partition', lambda v: bytearray(b'1abcdef2').partition(v)),
    ('startswith', lambda v: b'abcdefg'.startswith(v)), ('endswith tuple', lambda v: b'zabcdef'.endswith((b'q', v))),
    ('removeprefix', lambda v: b'abcdefZ'.removeprefix(v)), ('translate', lambda v: b'abcdefg'.translate(None, v)),
    ('maketrans', lambda v: bytes.maketrans(v, v)[97:100]),
    ('from_bytes', lambda v: int.from_bytes(v, 'big')), ('from_bytes little', lambda v: int.from_bytes(v, 'little', signed=True)),
    ('str', lambda v: str(v, 'ascii')), ('str errors', lambda v: str(v, 'utf-8', 'strict')),
    ('eq bytearray', lambda v: bytearray(b'abcdef') == v), ('ne bytearray', lambda v: bytearray(b'abcdef') != v),
    ('lt bytearray', lambda v: bytearray(b'abc') < v), ('center', lambda v: b'x'.center(3, v)),
    ('fromhex', lambda v: bytes.fromhex(v)), ('hex sep', lambda v: b'ab'.hex(v)),
]
for name, v in [('view', m), ('non-contiguous', nc), ('released', gone), ('cast h', c)]:
    print('---', name)
    for label, f in cases:
        try:
            print(label, repr(f(v)))
        except Exception as e:
            print(label, type(e).__name__, e)
e = b''
print(bytes(memoryview(b'a')) == b'a', bytes(memoryview(e)) is e)
print(bytes(memoryview(b'abcd').cast('B', [2, 2])), bytearray(memoryview(bytes(range(6))).cast('h', [3])))
print(bytes(memoryview(bytes(range(8))).cast('h', [2, 2])[::-1]), bytes(memoryview(bytearray(b'xy'))))
print(int.from_bytes(memoryview(b'\x01\x00\x00\x00').cast('i'), 'little'))
print(b''.join([memoryview(b'a'), bytearray(b'b'), b'c']), b''.join([memoryview(b'solo')]))
a = b'a'
print(b''.join([bytearray(b'a')]) is a, b''.join([a]) is a, b''.join([a, e]) is a, b''.join([memoryview(a)]) is a,
      bytes(bytearray(a)) is a, bytes(memoryview(a)) is a, memoryview(a).tobytes() is a)
print(b'' + bytearray(b'xyz'), b'' + memoryview(b'xy'), b'ab' + memoryview(b''), b'ab' + bytearray())
print((b'' + a) is a, (a + b'') is a, (a + bytearray()) is a, (b'' + bytearray(b'a')) is a, (b'' + memoryview(a)) is a)
class Sub(bytes):
    pass
print(type(b'' + Sub(b'x')).__name__, type(Sub(b'x') + b'').__name__, Sub(b'x') + b'', bytearray(b'') + memoryview(b'q'))
