# sys.getsizeof of lists: growth on append, exact sizes of displays and copies
import sys
a = []
sizes = []
for i in range(40):
    sizes.append(sys.getsizeof(a))
    a.append(i)
print(sizes)
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof([None] * 3), sys.getsizeof(list(range(10))))
print([sys.getsizeof(list(range(n))) for n in range(12)])
print([sys.getsizeof(list(x for x in range(n))) for n in range(12)])
print(sys.getsizeof(a[:]), sys.getsizeof(a + a), sys.getsizeof(a * 2), sys.getsizeof(a.copy()))
b = [1, 2]
b *= 3
print(sys.getsizeof(b))
b += range(10)
print(sys.getsizeof(b))
while b:
    b.pop()
print(sys.getsizeof(b))
c = list(range(100))
del c[10:]
print(sys.getsizeof(c))
c.clear()
print(sys.getsizeof(c))
print([].__sizeof__(), [1].__sizeof__())
