# insertion order through deletions, and sys.getsizeof of dicts
import sys
d = {}
d[3] = 1; d[1] = 2; d[2] = 3
del d[1]
d[1] = 4
print(d, list(d), list(d.values()))
ints, strs = {}, {}
a, b = [], []
for n in range(25):
    a.append(sys.getsizeof(ints)); ints[n] = n
    b.append(sys.getsizeof(strs)); strs["k%d" % n] = n
print(a)
print(b)
print(sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof({1: 1}), sys.getsizeof(dict(a=1)))
print(sys.getsizeof({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}))
print(sys.getsizeof(dict.fromkeys(range(6))), sys.getsizeof(dict.fromkeys("abcdef")), sys.getsizeof(dict.fromkeys({1, 2, 3})))
m = {"a": 1}
m[1] = 2
print(sys.getsizeof(m))
c = dict(strs)
print(sys.getsizeof(c), sys.getsizeof(strs.copy()), sys.getsizeof({**strs}))
for n in range(20):
    del strs["k%d" % n]
print(sys.getsizeof(strs), strs, sys.getsizeof(strs.copy()))
strs.clear()
print(sys.getsizeof(strs))
e = {}
for r in range(100):
    e[r % 7] = r
    if r % 3 == 0:
        del e[r % 7]
print(e)
