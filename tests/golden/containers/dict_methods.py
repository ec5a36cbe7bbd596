# dict methods and their messages
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 9), d)
print(d.pop("a"), d.pop("zz", None), d)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(k=4)
print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
print(dict(), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({1: 2}, x=3), dict(zip("ab", range(2))))
e = d.copy()
d.clear()
print(d, e, len(e))
print({1: 2} | {3: 4}, {1: 2} | {1: 3})
f = {1: 2}
f |= [(5, 6)]
print(f)
print({1: 2} == {1: 2}, {1: 2} != {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2})
show(lambda: {}[1])
show(lambda: {}[(1, 2)])
show(lambda: {}[None])
show(lambda: {}.pop(1))
show(lambda: {}.popitem())
show(lambda: dict([(1, 2, 3)]))
show(lambda: dict([1]))
show(lambda: dict(1))
show(lambda: dict(1, 2))
show(lambda: {}.get())
show(lambda: {}.update(1, 2))
show(lambda: {}.update(1))
show(lambda: dict.fromkeys())
show(lambda: {} | [])
show(lambda: {} < {})
show(lambda: hash({}))
show(lambda: {[]: 1})
show(lambda: {}.setdefault([], 1))
g = {1: 1}
try:
    for k in g:
        g[k + 1] = 1
except RuntimeError as ex:
    print("RuntimeError:", ex)
h = {"x": 1}
h["y"] = h
print(h)
del h["y"]
print(h)
