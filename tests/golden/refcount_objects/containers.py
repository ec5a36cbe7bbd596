# References held by containers: each slot that holds the object counts.
import sys


class C:
    pass


class Holder:
    pass


a = C()
base = sys.getrefcount(a)
print('alone:', base)
L = [a, a]
print('list [a, a]:', sys.getrefcount(a))
del L
d = {'k': a}
print("dict {'k': a}:", sys.getrefcount(a))
del d
d = {a: a}
print('dict {a: a}:', sys.getrefcount(a))
del d
s = {a}
print('set {a}:', sys.getrefcount(a))
del s
t = (a,)
print('tuple (a,):', sys.getrefcount(a))
both = (s2 := {a}, t)
print('tuple and set together:', sys.getrefcount(a))
del t, both, s2
h = Holder()
h.x = a
print('attribute h.x = a:', sys.getrefcount(a))
h.y = a
print('second attribute h.y = a:', sys.getrefcount(a))
del h
print('after del h:', sys.getrefcount(a))
nested = [[a], (a, [a])]
print('nested containers:', sys.getrefcount(a))
nested[1][1].clear()
print('after clearing the inner list:', sys.getrefcount(a))
nested = None
print('after dropping them:', sys.getrefcount(a), sys.getrefcount(a) == base)
