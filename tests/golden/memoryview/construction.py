# memoryview(x): from bytes, bytearray, a bytes subclass and another view; what it shares.
def show(label, f):
    try:
        r = f()
        print(label, repr(r) if not isinstance(r, memoryview) else 'memoryview')
    except Exception as e:
        print(label, type(e).__name__, e)

b = b'hello'
m = memoryview(b)
print(type(m), type(m).__name__, isinstance(m, memoryview))
print(m.obj is b, m.readonly, len(m), m.tobytes())
ba = bytearray(b'world')
mb = memoryview(ba)
print(mb.obj is ba, mb.readonly, mb.tolist())
mm = memoryview(m)
print(mm.obj is b, mm is m, mm == m)
class B(bytes):
    pass
sb = B(b'sub')
ms = memoryview(sb)
print(ms.obj is sb, type(ms.obj).__name__, ms.tobytes())
class BA(bytearray):
    pass
mba = memoryview(BA(b'xy'))
print(type(mba.obj).__name__, mba.readonly, list(mba))
print(memoryview(object=b'kw').tobytes())
e = memoryview(b'')
print(len(e), e.tobytes(), e.tolist(), e.nbytes, e.shape, e.strides)
for label, f in [('str', lambda: memoryview('abc')), ('int', lambda: memoryview(1)),
                 ('none', lambda: memoryview(None)), ('list', lambda: memoryview([1, 2])),
                 ('noargs', lambda: memoryview()), ('two', lambda: memoryview(b'a', b'b')),
                 ('type', lambda: memoryview(memoryview)), ('view of view', lambda: memoryview(memoryview(memoryview(b'x'))))]:
    show(label, f)
try:
    class M(memoryview):
        pass
except TypeError as exc:
    print('subclass:', exc)
print(memoryview.__name__, memoryview.__doc__.splitlines()[0])
try:
    memoryview.x = 1
except TypeError as exc:
    print(exc)
