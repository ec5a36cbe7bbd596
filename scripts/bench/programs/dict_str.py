# A dict with string keys: word counting, lookups, updates, iteration.
words = [f"w{i % 5000}" for i in range(200_000)]
counts = {}
for _ in range(5):
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    for w in words:
        if w in counts:
            counts[w] -= 1
total = 0
for key, value in counts.items():
    total += value + len(key)
print(len(counts), total)
