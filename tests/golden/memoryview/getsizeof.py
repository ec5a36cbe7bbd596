# sys.getsizeof of views: 184 for one dimension, as CPython 3.11 (144 + 24 per dimension + 16).
import sys
print(sys.getsizeof(memoryview(b'')), sys.getsizeof(memoryview(b'x' * 1000)))
m = memoryview(bytes(24))
print(sys.getsizeof(m[::2]), sys.getsizeof(m.cast('i')), sys.getsizeof(m.cast('B', [2, 12])),
      sys.getsizeof(m.cast('B', [2, 3, 4])), sys.getsizeof(m[:1].cast('B', [])))
z = m[:1].cast('B', [])
print(sys.getsizeof(memoryview(z)), memoryview(z).ndim)
print(m.__sizeof__(), m.cast('B', [4, 6]).__sizeof__())
print(sys.getsizeof(memoryview(bytearray(100))))
