# Dict and set comprehensions, including over dicts and strings.
scores = {'ann': 82, 'bob': 45, 'cy': 97, 'dee': 60}
print({name: s >= 60 for name, s in scores.items()})
print({name.title(): s for name, s in scores.items() if s > 50})
print({s: name for name, s in sorted(scores.items(), key=lambda kv: kv[1])})
print({k: v for k, v in zip('abc', range(3))}, {i: i * i for i in range(5)})
text = 'hello world'
print({ch: text.count(ch) for ch in text if ch != ' '})
print(sorted({ch for ch in text if ch.isalpha()}), {len(w) for w in text.split()})
print({x % 4 for x in range(100)}, {abs(x) for x in range(-3, 4)})
words = ['Apple', 'avocado', 'Banana', 'blueberry', 'cherry']
by_letter = {w[0].lower(): [x for x in words if x[0].lower() == w[0].lower()] for w in words}
print(by_letter)
print({(i, j) for i in range(3) for j in range(3) if i < j} == {(0, 1), (0, 2), (1, 2)})
print({k: {kk: vv for kk, vv in v.items() if vv} for k, v in {'a': {'x': 0, 'y': 1}, 'b': {}}.items()})
print({n: ('fizz' if n % 3 == 0 else n) for n in range(1, 7)})
print(frozenset(c for c in 'abca') == {'a', 'b', 'c'})
