# tuples: construction, hashing, slicing, methods, messages, identity
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t = (1, 2, 3, 4, 5)
print(t[1:3], t[::-1], t[::2], t[10:], t + (6,), t * 2, (1,) * 0, (), (1,), ("a",))
print(hash((1, 2, 3)), hash(()), hash((1,)), hash(((1, 2), (3, 4))), hash((2**64, "x")), hash((-1,)), hash((0.5, 1.5)))
print(t.index(3), t.index(5, 1, 5), t.count(1), (1, [2]), tuple("ab"), tuple([1, 2]), tuple(range(3)))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1, 2) != (1, 2.0))
show(lambda: t.index(9))
show(lambda: t[9])
show(lambda: t["a"])
show(lambda: (1,) + [1])
show(lambda: tuple(1, 2))
show(lambda: tuple(5))
show(lambda: tuple(a=1))
show(lambda: hash(([],)))
show(lambda: (1, 2) < (1, "a"))
show(lambda: t.index())
x = (1, 2)
empty = ()
print(tuple(x) is x, x[:] is x, empty is tuple(), x * 1 is x, x + empty is x)
print(len(t), 3 in t, 9 in t, list(iter(t)), type(iter(t)).__name__)
a, *b = t
print(a, b)
