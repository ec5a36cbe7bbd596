# which containers the cycle collector tracks (gc.is_tracked)
import gc
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked({1: 2.5}))
print(gc.is_tracked(dict(a=[])), gc.is_tracked(dict(a=1)), gc.is_tracked({}.copy()))
d = {"a": 1}
print(gc.is_tracked(d))
d["b"] = []
print(gc.is_tracked(d))
del d["b"]
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d))
print(gc.is_tracked([]), gc.is_tracked(()), gc.is_tracked(set()), gc.is_tracked(frozenset()), gc.is_tracked(range(3)))
t = tuple([1, 2, 3])
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
u = tuple([1, []])
gc.collect()
print(gc.is_tracked(u))
class D(dict):
    pass
print(gc.is_tracked(D()), gc.is_tracked(D(a=1)))
