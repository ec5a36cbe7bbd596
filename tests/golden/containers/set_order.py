# the iteration order of sets equals CPython's for equal hashes
import sys
print({3, 1, 2}, set([8, 16, 0, 24, 1]), set(range(20, 0, -3)), set(range(100, 0, -7)))
x = 8
print({x, 16, 0, 24, 1}, {8, 16, 0, 24, 1})
s = set(range(10)); s.discard(3); s.add(13); s.add(3); print(s)
s = set(range(50))
for i in range(0, 50, 3):
    s.discard(i)
s.update(range(100, 130))
print(s)
s = set()
for i in range(12):
    s.add(i * 8)
print(s)
s = {9}
s.update([1, 2, 3])
print(s)
print(set([-1, -2, -3, 2**61 - 1, 2**61, 2**62]), set([0.5, 1.5, 2.0, -0.0]))
print(set("abracadabra"), set(["apple", "banana", "cherry", "date"]), frozenset(["x", "y", "zz"]))
sizes = []
t = set()
for i in range(40):
    sizes.append(sys.getsizeof(t))
    t.add(i)
print(sizes)
print(sys.getsizeof(set()), sys.getsizeof(frozenset()), sys.getsizeof(set(range(5))), sys.getsizeof(set(range(100))))
u = set(range(10))
for i in range(10):
    u.pop()
print(u, sys.getsizeof(u))
