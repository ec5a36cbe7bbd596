# set() constructor.
print(set(), set([3, 1, 3]), set('abca') == {'a', 'b', 'c'}, set(range(4)), set({'k': 1}), set((1,)))
s = {1, 2}
print(set(s) is s, set(s) == s, set(x % 3 for x in range(9)))
for v in [1, None, [[1]], [{}]]:
    try:
        set(v)
    except TypeError as e:
        print(type(e).__name__, e)
