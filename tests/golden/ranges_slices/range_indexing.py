# Indexing and slicing ranges, attributes, index/count, membership.
r = range(10, 50, 5)
print(r[0], r[-1], r[3], r[-8], len(r), r.start, r.stop, r.step)
print(r[2:5], r[::-1], r[::2], r[-3:], r[5:2], list(r[1:7:2]))
print(r.index(25), r.count(25), r.count(26), r.count(25.0), 25 in r, 26 in r, 25.0 in r, '25' in r)
big = range(0, 10**20, 7)
print(big[-1], 10**20 - 2 in big, 7 * 10**18 in big, big[10**18])
neg = range(5, -5, -3)
print(list(neg), neg[1], neg[-1], neg.index(-1), neg[::-1], list(neg[::-1]))
print(range(5)[True], range(5)[1:][1:][1:], range(0, 100)[::10][::2])
for f in [lambda: r[8], lambda: r[-9], lambda: r['a'], lambda: r.index(26), lambda: r.index('x'),
          lambda: range(3)[1.0], lambda: r.start.__class__.__name__]:
    try:
        print(f())
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    r.start = 0
except AttributeError as e:
    print(type(e).__name__, e)
