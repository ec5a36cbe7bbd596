# gc.collect() returns the number of unreachable objects it found.
import gc
gc.collect()
print('nothing to collect:', gc.collect())
selfref = []
selfref.append(selfref)
del selfref
print('self-referencing list:', gc.collect())
a = []
b = [a]
a.append(b)
del a, b
print('two lists in a cycle:', gc.collect())
d = {}
d['me'] = d
del d
print('self-referencing dict:', gc.collect())
x, y, z = [], [], []
x.append(y)
y.append(z)
z.append(x)
del x, y, z
print('three-list ring:', gc.collect())
def f():
    pass
f.me = f
del f
print('function referring to itself (function + its dict):', gc.collect())
kept = []
kept.append(kept)
print('cycle still referenced:', gc.collect())
holder = [kept]
del kept
print('still reachable through holder:', gc.collect())
del holder
print('holder gone (the holder list itself was freed by refcount):', gc.collect())
s = set()
t = (s, [])
t[1].append(t)
del s, t
print('tuple and list cycle:', gc.collect())
print('again:', gc.collect())
