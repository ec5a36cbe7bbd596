# What a view holds: one reference to its managed buffer, which holds the exporter once
# however many views share it; the collector sees both.
import gc, sys
b = b'exported bytes'
print(sys.getrefcount(b))
m = memoryview(b)
print(sys.getrefcount(b))
s = m[1:]
t = memoryview(m)
u = m.cast('c')
print(sys.getrefcount(b), sys.getrefcount(m))
print(gc.is_tracked(m))
mb = gc.get_referents(m)[0]
print(type(mb).__name__, gc.get_referents(mb) == [b], gc.get_referents(s)[0] is mb, gc.get_referents(u)[0] is mb)
print(sys.getsizeof(mb), gc.is_tracked(mb))
m.release(); s.release(); t.release()
print(sys.getrefcount(b), gc.is_tracked(mb))
u.release()
print(sys.getrefcount(b), gc.is_tracked(mb), gc.get_referents(mb))
del mb
ba = bytearray(b'cycle')
class Holder:
    pass
h = Holder()
h.view = memoryview(ba)
h.me = h
del h
try:
    ba.append(1)
except BufferError as e:
    print('before collect:', e)
print(gc.collect() >= 3)
ba.append(1)
print(ba)
class B(bytes):
    pass
x = B(b'self-referencing')
x.view = memoryview(x)
r = sys.getrefcount(x)
del x
print(r, gc.collect() >= 3)
