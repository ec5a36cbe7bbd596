# list operators, comparisons, membership, repr and iteration
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a, b = [1, 2], [1, 2, 3]
print(a + b, a * 2, 2 * a, a * 0, a * -1, [] * 5)
print(a < b, a <= b, a == b, a != b, b > a, [2] > [1, 9], [1, 2] == [1, 2.0])
print(1 in a, 5 in a, 5 not in a, [1] in [[1]])
show(lambda: a + (3,))
show(lambda: a * "x")
show(lambda: a * 1.5)
show(lambda: a < (1, 2))
show(lambda: [1] < ["x"])
show(lambda: hash([]))
c = [1]
c += "ab"
c *= 2
print(c)
d = [1, 2]
d.append(d)
print(d, repr(d), str(d))
e = [d, [d]]
print(e)
print(len(d), bool([]), bool([0]))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
print(type(iter([])).__name__, type(reversed([])).__name__, list(reversed([1, 2, 3])))
it = iter([1, 2, 3])
print(it.__length_hint__(), next(it), it.__length_hint__())
f = [1, 2, 3]
for x in f:
    if len(f) < 6:
        f.append(x * 10)
print(f)
print([[]] * 3, [[] for _ in range(2)])
g = [[]] * 2
g[0].append(1)
print(g)
