# Assignment expressions (:=).
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print('long list with', n, 'items')
print(n)
values = []
i = 0
while (i := i + 1) <= 5:
    values.append(i * i)
print(values, i)
print([y for x in data if (y := x * 2) > 6])
print(y)
print((total := sum(data)), total / len(data))
chunks = iter(['ab', 'cd', '', 'ef'])
while (chunk := next(chunks)):
    print('chunk', chunk)
def f():
    if (m := max(data)) > 5:
        return m
print(f())
print([last := v for v in range(3)], last)
z = (w := 10) + w
print(z, w)
print(any((hit := v) > 7 for v in data), hit)
