# cast(): byte formats to others and back, shapes, and CPython's refusals.
def attempt(label, f):
    try:
        r = f()
        print(label, r.format, r.itemsize, r.ndim, r.shape, r.strides, r.nbytes, r.tolist())
    except Exception as e:
        print(label, type(e).__name__, e)

data = bytes(range(16))
m = memoryview(data)
for fmt in ['B', 'b', 'c', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', '?', '@B', '@h', 'P']:
    attempt(fmt, lambda: m.cast(fmt))
attempt('f', lambda: memoryview(b'\x00\x00\x80\x3f\x00\x00\x00\xc0').cast('f'))
attempt('d', lambda: memoryview(b'\x00\x00\x00\x00\x00\x00\xf8\x3f').cast('d'))
attempt('back', lambda: m.cast('i').cast('B'))
attempt('i to c', lambda: m.cast('i').cast('c'))
attempt('shape', lambda: m.cast('B', [4, 4]))
attempt('shape tuple', lambda: m.cast('B', (2, 8)))
attempt('shape h', lambda: m.cast('h', [2, 2, 2]))
attempt('shape kw', lambda: m.cast(format='H', shape=[8]))
attempt('scalar', lambda: m[:1].cast('B', []))
attempt('scalar i', lambda: m[:4].cast('i', ()))
attempt('nd to 1d', lambda: m.cast('B', [4, 4]).cast('B'))
attempt('nd to 1d h', lambda: m.cast('B', [4, 4]).cast('h'))
attempt('sliced', lambda: m[4:12].cast('q'))
for label, f in [
        ('two non-byte', lambda: m.cast('i').cast('h')),
        ('bad format', lambda: m.cast('x')),
        ('long format', lambda: m.cast('BB')),
        ('e format', lambda: m.cast('e')),
        ('empty format', lambda: m.cast('')),
        ('non-ascii', lambda: m.cast('é')),
        ('format int', lambda: m.cast(1)),
        ('no format', lambda: m.cast()),
        ('multiple', lambda: memoryview(b'abc').cast('h')),
        ('shape int', lambda: m.cast('B', 16)),
        ('shape float', lambda: m.cast('B', [16.0])),
        ('shape zero', lambda: m.cast('B', [0])),
        ('shape neg', lambda: m.cast('B', [-16])),
        ('shape product', lambda: m.cast('B', [3, 5])),
        ('shape huge', lambda: m.cast('B', [2**62, 2**62])),
        ('shape overflow', lambda: m.cast('B', [2**70])),
        ('shape 65 dims', lambda: m.cast('B', [1] * 65)),
        ('nd to nd', lambda: m.cast('B', [4, 4]).cast('B', [2, 8])),
        ('non-contiguous', lambda: m[::2].cast('B')),
        ('empty view', lambda: memoryview(b'').cast('i')),
        ('empty view shape', lambda: memoryview(b'').cast('B', [1])),
        ('zeros 2d', lambda: memoryview(b'').cast('B', [])),
        ('too many args', lambda: m.cast('B', [16], 1)),
        ('bad kw', lambda: m.cast('B', shap=[16]))]:
    try:
        r = f()
        print(label, r.format, r.shape, r.tolist())
    except Exception as e:
        print(label, type(e).__name__, e)
c = memoryview(bytearray(8)).cast('i')
c[0] = -2
c[1] = 2**31 - 1
print(c.tolist(), c.obj)
print(c.cast('B').tolist())
