# Set comprehensions and set-based algorithms.
words = ['level', 'radar', 'python', 'noon', 'code', 'Anna']
print({w.lower() for w in words if w.lower() == w.lower()[::-1]} == {'level', 'radar', 'noon', 'anna'})
print({len(w) for w in words}, {w[0].lower() for w in words} == set('lrpnca'))
print({x % 5 for x in range(20)}, {x * x for x in range(-3, 4)})
print(sorted({(x, y) for x in range(3) for y in range(3) if x + y == 2}))
text = 'the quick brown fox jumps over the lazy dog'
print(set('abcdefghijklmnopqrstuvwxyz') - set(text))
print(len({c for c in text if c.isalpha()}))
primes = set(range(2, 50))
for n in range(2, 8):
    primes -= {m for m in range(n * n, 50, n)}
print(sorted(primes))
a = [1, 2, 2, 3, 4, 4, 5]
dupes = {x for x in a if a.count(x) > 1}
print(dupes, sorted(set(a)))
seen = set()
ordered_unique = [x for x in 'abracadabra' if not (x in seen or seen.add(x))]
print(ordered_unique)
