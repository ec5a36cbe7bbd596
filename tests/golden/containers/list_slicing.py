# list indexing, slicing, slice assignment and deletion
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = list(range(10))
print(a[0], a[-1], a[2:8:2], a[::-1], a[-3:], a[8:2:-3], a[100:], a[::3], a[:-100], a[5:2])
show(lambda: a[10])
show(lambda: a[-11])
show(lambda: a["x"])
show(lambda: a[1.5])
show(lambda: a[::0])
show(lambda: a[2**100])
show(lambda: a[True])
b = list(range(10)); b[2:5] = ["x"]; print(b)
b = list(range(10)); b[::2] = "abcde"; print(b)
b = list(range(10)); del b[::3]; print(b)
b = list(range(10)); del b[8:1:-2]; print(b)
b = list(range(5)); b[1:1] = b; print(b)
b = list(range(5)); b[5:2] = ["z"]; print(b)
b = list(range(10)); b[7:2:-2] = [1, 2, 3]; print(b)
b = list(range(5)); b[::-1] = b; print(b)
b = list(range(5)); b[1:3] = (); print(b)
b = list(range(5)); b[:] = range(3); print(b)
b = list(range(5)); b[-1] = "end"; del b[0]; print(b)
def assign(t, k, v):
    t[k] = v
def delete(t, k):
    del t[k]
show(lambda: assign(b, slice(None, None, 2), [1]))
show(lambda: assign(b, slice(1, 2), 5))
show(lambda: assign(b, slice(None, None, 2), 5))
show(lambda: assign(b, 20, 1))
show(lambda: delete(b, 20))
show(lambda: assign(b, "k", 1))
show(lambda: delete(b, "k"))
