# set operators, comparisons and in-place forms
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a, b = {1, 2, 3, 4}, {3, 4, 5, 6}
print(a | b, a & b, a - b, a ^ b, b - a)
print(a <= b, {1, 2} < a, a >= {1}, a > a, a == frozenset(a), a != b, {1} == {1.0})
f = frozenset({1, 2})
print(f | {3}, {3} | f, type(f | {3}).__name__, type({3} | f).__name__, f & {2, 9}, {2} ^ f)
c = set(a)
c &= b; print(c)
c |= {1}; print(c)
c ^= {1, 2}; print(c)
c -= {2}; print(c)
g = f
g |= {7}
print(g, f, g is f)
show(lambda: {1} | [2])
show(lambda: {1} < [1])
show(lambda: hash({1}))
def ior(s, o):
    s |= o
    return s
show(lambda: ior({1}, [2]))
print(len(a), 3 in a, 9 in a, sorted(a), bool(set()), bool({0}))
s = {1}
try:
    for x in s:
        s.add(x + 1)
except RuntimeError as e:
    print("RuntimeError:", e)
s2 = {1, 2}
s2.add(s2.pop())
print(s2)
