# dict views: repr, len, membership, set operations, reversed, live updates
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {1: "a", 2: "b"}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), 1 in k, "a" in v, (1, "a") in i, (1, "b") in i, [1] in i)
d[3] = "c"
print(k, list(reversed(k)), list(reversed(v)), list(reversed(i)))
k = {1: 1, 2: 2, 3: 3}.keys()
print(k | {4}, k & {2, 3, 9}, k - {1}, k ^ {3, 4}, {9} | k, k & [1, 5], {1, 5} - k)
print(k == {1, 2, 3}, k < {1, 2, 3, 4}, k >= {1}, k.isdisjoint([7]), k.isdisjoint({1}))
i1, i2 = {1: 1, 2: 2}.items(), {2: 2, 3: 3}.items()
print(i1 ^ i2, i1 & i2, i1 | i2, i1 - i2, i1 == {(1, 1), (2, 2)})
print(type(k).__name__, type(iter(k)).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__)
print(type(reversed({})).__name__, type(reversed({}.items())).__name__)
print(k.mapping, d.items().mapping)
show(lambda: hash({}.keys()))
show(lambda: {}.keys() + 1)
show(lambda: {}.values() | {1})
e = {"x": 1}
e["self"] = e.items()
print(e)
it = iter(d)
print(it.__length_hint__(), next(it), it.__length_hint__())
x = {1: 1, 2: 2}
it = iter(x)
next(it)
del x[1]
x[3] = 3
del x[2]
x[4] = 4
show(lambda: list(it))
