# Odd arguments must give CPython's errors, never a crash: huge indices and steps,
# views of views of views, released bases, zero-length and reversed views.
def attempt(label, f):
    try:
        r = f()
        print(label, r.tolist() if isinstance(r, memoryview) else r)
    except Exception as e:
        print(label, type(e).__name__, e)
m = memoryview(bytes(range(10)))
q = memoryview(bytes(16)).cast('q')
attempt('huge step', lambda: m[::2**70])
attempt('huge neg step', lambda: m[::-2**70])
attempt('maxsize step', lambda: (m[::9223372036854775807].strides, m[::9223372036854775807].tolist()))
attempt('q huge step', lambda: (q[::2**62].strides, q[::-2**62].strides, q[::2**62].tolist()))
attempt('q huge step slice', lambda: q[::2**62][1:].tolist())
attempt('huge start', lambda: m[2**70:])
attempt('huge neg start', lambda: m[-2**70:2])
attempt('nested', lambda: m[1:][1:][::2][::-1][1:].tolist())
v = m
for i in range(50):
    v = memoryview(v)[:]
attempt('deep views', lambda: v.tobytes())
base = memoryview(bytearray(b'abcdef'))
derived = [base[1:], base[::2], base.cast('c'), memoryview(base), base.toreadonly()]
base.release()
for d in derived:
    attempt('after base release', lambda: d.tobytes())
attempt('released base repr', lambda: repr(base)[:9])
attempt('zero-length cast', lambda: memoryview(b'abcd')[2:2].cast('B'))
attempt('zero-length shape', lambda: memoryview(b'abcd')[2:2].cast('B', [1]))
attempt('zero-length tolist', lambda: memoryview(b'abcd')[::-1][5:].tolist())
attempt('reversed cast', lambda: memoryview(b'abcd')[::-1].cast('B'))
attempt('len reversed empty', lambda: len(memoryview(b'abcd')[0:0:-1]))
attempt('index tuple bool', lambda: m[True,])
attempt('index huge tuple', lambda: m[2**70,])
attempt('cast shape with bool', lambda: m.cast('B', [True, 10]))
attempt('cast shape int subclass', lambda: m.cast('B', (type('I', (int,), {})(10),)))
attempt('hex on 2d', lambda: m.cast('B', [2, 5]).hex())
attempt('set via negative', lambda: memoryview(bytearray(3)).__setitem__(-4, 1))
attempt('toreadonly of readonly', lambda: memoryview(b'x').toreadonly().readonly)
attempt('exit with args', lambda: memoryview(b'x').__exit__(1, 2, 3, 4))
attempt('enter twice', lambda: memoryview(b'x').__enter__().__enter__().tobytes())
