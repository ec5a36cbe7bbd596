# Slices are new views sharing the memory; steps, negative steps, empty slices.
b = b'0123456789'
m = memoryview(b)
s = m[2:5]
print(type(s).__name__, s.tobytes(), s.obj is b, len(s), s.shape, s.strides, s.c_contiguous)
for sl in [slice(None), slice(None, None, 2), slice(1, None, 3), slice(None, None, -1),
           slice(8, 2, -2), slice(5, 5), slice(7, 3), slice(-3, None), slice(-100, 100),
           slice(None, None, 100), slice(None, None, -100), slice(3, 4), slice(2**70, None)]:
    v = m[sl]
    print(sl, v.tobytes(), v.tolist(), v.shape, v.strides, v.nbytes, v.c_contiguous, v.contiguous)
print(m[::2][::2].tobytes(), m[::-1][::-1].tobytes(), m[1:][1:][1:].tobytes(), m[::3][1:].strides)
ba = bytearray(b'abcdef')
w = memoryview(ba)[1:5]
ba[2] = ord('X')
print(w.tobytes(), w[1])
try:
    m[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    m['a':]
except TypeError as e:
    print(type(e).__name__, e)
print(m[slice(1, 3)].tobytes(), m[True:].tobytes())
print(memoryview(b'abcd')[::2][0:0].strides, memoryview(b'abcd')[::2][0:0].c_contiguous)
