# list.sort and sorted: stability, key, reverse, errors
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

state = 5
def randrange(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
data = [randrange(1000) for _ in range(2000)]
s = sorted(data)
print(s[:10], s[-5:], s == sorted(data, reverse=True)[::-1])
pairs = [(k % 7, i) for i, k in enumerate(data[:50])]
print(sorted(pairs, key=lambda p: p[0])[:12])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:12])
words = ["pear", "Apple", "fig", "banana", "Cherry", "date", "é", "zz"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([3, 1.5, -2, 2.5, True, 0]), sorted([(1, "b"), (1, "a"), (0,)]), sorted([[2], [1, 5], [1]]))
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted([5, 3, 1], reverse=1))
a = [5, 1, 4]
print(a.sort(), a)
show(lambda: [1, "a"].sort())
show(lambda: sorted([None, None, 1]))
show(lambda: [1].sort(key=1))
show(lambda: [].sort(1))
show(lambda: [].sort(foo=1))
show(lambda: [].sort(reverse="x"))
show(lambda: [].sort(reverse=2**100))
b = [3, 2, 1]
def bad_key(x):
    b.append(x)
    return x
show(lambda: b.sort(key=bad_key))
print(b)
class Count:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Count.calls += 1
        return self.v < other.v
objs = [Count(v) for v in range(100)]
objs.sort()
print(Count.calls)
