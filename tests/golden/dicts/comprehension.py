# Dict comprehensions.
words = ['apple', 'banana', 'cherry', 'date']
lengths = {w: len(w) for w in words}
print(lengths)
print({w: n for w, n in lengths.items() if n > 4})
inverse = {v: k for k, v in lengths.items()}
print(inverse)
print({x: x ** 2 for x in range(6) if x % 2 == 0})
print({ch: words[0].count(ch) for ch in words[0]})
print({k: v for k, v in zip('abc', [1, 2, 3])})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({n: ('even' if n % 2 == 0 else 'odd') for n in range(4)})
grades = {'ann': 91, 'bob': 58, 'cy': 75}
print({name: 'pass' if g >= 60 else 'fail' for name, g in grades.items()})
nested = {outer: {inner: outer * inner for inner in range(1, 3)} for outer in range(1, 3)}
print(nested)
print({k.upper(): v for k, v in sorted(grades.items(), key=lambda kv: kv[1])})
print({x % 3: x for x in range(10)})
key = 'outer'
print({key: key for key in 'ab'}, key)
