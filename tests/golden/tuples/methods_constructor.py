# count/index and tuple() from iterables; immutability.
t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(t.count(5), t.count(7), t.index(1), t.index(5, 5), t.index(5, -3), len(t))
print(tuple('abc'), tuple([1, 2]), tuple(range(3)), tuple({'k': 1}), tuple(x * 2 for x in (1, 2)))
print(tuple(t) is t, tuple([]) == (), tuple(iter((1,))))
print(t[2], t[-1], t[1:4], t[::-3], t[100:], type(t[1:2]).__name__)
print(1 in t, 8 in t, list(reversed(t[:3])), sorted(t)[:4], sum(t), max(t))
holder = ([1, 2], 'text')
holder[0].append(3)
print(holder)
for f in [lambda: t.index(7), lambda: t[11], lambda: t.__setitem__(0, 1), lambda: t.append(1),
          lambda: tuple(5), lambda: t + [1], lambda: t['0'], lambda: t.count()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
