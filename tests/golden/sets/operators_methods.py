# Set operators and their method forms.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([9], (8,)), a.intersection(range(3), [1, 2]), a.difference([1], {2}))
print(a <= b, {3, 4} <= b, {3, 4} < b, b < b, b <= b, a >= {1}, a > a)
print({3}.issubset(b), a.issuperset([1, 2]), a.isdisjoint({7, 8}), a.isdisjoint(b))
print(a == {4, 3, 2, 1}, a != b, set() == frozenset(), {1} == frozenset({1}))
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {1, 99}
print(c)
d = {1, 2}
d.update([3], {4})
d.intersection_update({1, 2, 3, 5})
d.difference_update([1])
d.symmetric_difference_update({3, 6})
print(d)
s = {5}
s.add(6)
s.add(5)
s.discard(100)
s.discard(6)
print(s, s.pop(), s)
s = {1, 2, 3}
s.remove(2)
print(s, s.copy(), s.copy() is s, len(s))
s.clear()
print(s, bool(s))
for f in [lambda: {1} | [2], lambda: {1}.remove(5), lambda: set().pop(), lambda: {1} < [1],
          lambda: {1} + {2}, lambda: {1}.add([]), lambda: {1}.union(5)]:
    try:
        print(f())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
