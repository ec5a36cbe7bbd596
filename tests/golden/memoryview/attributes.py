# The attributes of a view and of views derived from it.
def show(label, v):
    print(label, v.obj is not None, v.nbytes, v.readonly, v.itemsize, repr(v.format), v.ndim, v.shape,
          v.strides, v.suboffsets, v.c_contiguous, v.f_contiguous, v.contiguous)

b = b'0123456789ab'
m = memoryview(b)
show('bytes', m)
show('bytearray', memoryview(bytearray(b)))
show('empty', memoryview(b''))
show('slice', m[2:8])
show('step', m[::3])
show('reverse', m[::-1])
show('one of step', m[::100])
show('cast i', m.cast('i'))
show('cast 2d', m.cast('B', [3, 4]))
show('cast 3d', m.cast('h', [3, 1, 2]))
show('2d sliced', m.cast('B', [3, 4])[::2])
show('2d one row', m.cast('B', [3, 4])[1:2])
show('scalar', m[:1].cast('B', []))
show('readonly', memoryview(bytearray(b)).toreadonly())
print(m.obj is b, memoryview(m).obj is b, m[1:].obj is b, m.cast('h').obj is b)
print(type(m.shape).__name__, type(m.format).__name__, type(m.readonly).__name__)
for name in ['nbytes', 'format', 'obj', 'shape']:
    try:
        setattr(m, name, 1)
    except AttributeError as e:
        print(e)
try:
    m.anything = 1
except AttributeError as e:
    print(e)
print(sorted(n for n in dir(m) if not n.startswith('__')))
print(sorted(n for n in dir(memoryview) if n.startswith('__') and n not in dir(object)))
