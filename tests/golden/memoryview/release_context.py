# release(), the context manager, and every operation on a released view.
b = b'abc'
m = memoryview(b)
print(repr(m).startswith('<memory at 0x'), m.release(), m.release())
print(repr(m).startswith('<released memory at 0x'))
ops = [
    ('len', lambda: len(m)), ('item', lambda: m[0]), ('slice', lambda: m[0:1]), ('setitem', lambda: m.__setitem__(0, 1)),
    ('tolist', lambda: m.tolist()), ('tobytes', lambda: m.tobytes()), ('hex', lambda: m.hex()), ('cast', lambda: m.cast('B')),
    ('toreadonly', lambda: m.toreadonly()), ('enter', lambda: m.__enter__()), ('exit', lambda: m.__exit__(None, None, None)),
    ('bool', lambda: bool(m)), ('eq self', lambda: m == m), ('eq bytes', lambda: m == b'abc'), ('ne bytes', lambda: m != b'abc'),
    ('memoryview', lambda: memoryview(m)), ('bytes', lambda: bytes(m)), ('bytearray', lambda: bytearray(m)),
    ('hash', lambda: hash(m)), ('list', lambda: list(m)), ('for', lambda: [x for x in m]), ('in', lambda: 1 in m),
    ('join', lambda: b''.join([m])), ('concat', lambda: b'' + m), ('find', lambda: b'abc'.find(m)),
    ('from_bytes', lambda: int.from_bytes(m, 'big')), ('str', lambda: str(m, 'ascii')),
    ('extend', lambda: bytearray().extend(m)), ('startswith', lambda: b'abc'.startswith(m)),
]
for attr in ['obj', 'nbytes', 'readonly', 'itemsize', 'format', 'ndim', 'shape', 'strides', 'suboffsets',
             'c_contiguous', 'f_contiguous', 'contiguous']:
    ops.append((attr, lambda attr=attr: getattr(m, attr)))
for label, f in ops:
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
print(hasattr(memoryview(b''), 'released'))
with memoryview(b'xyz') as v:
    print(v.tobytes(), v[1])
print(repr(v).startswith('<released'))
ba = bytearray(b'12')
with memoryview(ba) as v:
    try:
        ba.append(51)
    except BufferError as e:
        print('inside:', e)
ba.append(51)
print(ba)
try:
    with memoryview(b'q') as v:
        raise KeyError('boom')
except KeyError as e:
    print('KeyError', e, repr(v)[:9])
h = memoryview(b'hashed')
x = hash(h)
h.release()
print(hash(h) == x == hash(b'hashed'))
u = memoryview(b'unhashed')
u.release()
try:
    hash(u)
except ValueError as e:
    print(e)
base = memoryview(b'base')
s = base[1:]
base.release()
print(s.tobytes(), s.obj)
