# Iterating over dicts and the errors of changing them during iteration.
prices = {'bread': 2.5, 'milk': 1.2, 'eggs': 3.0}
for item in prices:
    print(item, prices[item])
for item, price in prices.items():
    print(f'{item:>6}: {price:.2f}')
for price in prices.values():
    print(price)
total = sum(prices.values())
print(f'total {total:.2f}', max(prices, key=prices.get), min(prices.items(), key=lambda kv: kv[1]))
for i, (k, v) in enumerate(sorted(prices.items())):
    print(i, k, v)
try:
    for k in prices:
        prices[k + '!'] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(prices))
try:
    for k in prices:
        del prices[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(prices)
d = {'a': 1, 'b': 2}
try:
    for k in d:
        del d[k]
        d[k + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
for k in d:
    d[k] = 'changing values is fine'
print(d)
d = {1: 'x', 2: 'y', 3: 'z'}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
it = iter({'p': 1, 'q': 2}.items())
print(next(it), next(it), next(it, 'done'))
