# Building lists with append and comprehensions, then sorting them.
def build(n):
    items = []
    for i in range(n):
        items.append((i * 7919) % 100003)
    return items

total = 0
for round_ in range(10):
    data = build(200_000)
    data.sort()
    squares = [x * x for x in data if x % 3]
    total += data[len(data) // 2] + len(squares)
    data.sort(key=lambda x: -x)
print(total)
