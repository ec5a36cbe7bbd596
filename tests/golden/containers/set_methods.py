# set and frozenset methods and their messages
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = {1, 2, 3, 4}
print(a.union([9], [10]), a.intersection([4, 3, 9], [3]), a.difference([1], [2]), a.symmetric_difference([4, 5]))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([7, 8]), a.isdisjoint({4}))
c = set(a)
c.intersection_update([2, 3, 7]); print(c)
c.difference_update([2]); print(c)
c.symmetric_difference_update([3, 9]); print(c)
c.update([5], [6]); print(c)
c.add(7); c.discard(7); c.discard(100); print(c)
c.remove(5); print(c)
s = {1, 2, 3}
print(s.pop(), s.pop(), s)
s.clear()
print(s, s.copy(), frozenset([1, 2]).copy())
show(lambda: set().pop())
show(lambda: {1}.remove(2))
show(lambda: {1}.remove([]))
show(lambda: set().add([]))
show(lambda: set([[]]))
show(lambda: frozenset(1))
show(lambda: set(1, 2))
show(lambda: set(a=1))
show(lambda: frozenset(a=1))
show(lambda: {1}.issubset(5))
show(lambda: frozenset().add)
print({frozenset([1])}.__contains__({1}), {1} in {frozenset([1])})
f = {frozenset([1]), 2}
f.remove({1})
print(f)
show(lambda: {frozenset([1])}.remove(set()))
x = frozenset([1, 2])
print(frozenset(x) is x, x.copy() is x, set(x) is x, frozenset() == set(), hash(frozenset()) == hash(frozenset([])))
print(hash(frozenset({1, 2, 3})), hash(frozenset(range(5))), hash(frozenset([frozenset([1])])))
