# Infinite generators with hand-written islice/take/count/cycle helpers.
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
def take(n, iterable):
    result = []
    for item in iterable:
        if len(result) >= n:
            break
        result.append(item)
    return result
def islice(iterable, start, stop, step=1):
    for i, item in enumerate(iterable):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield item
def cycle(iterable):
    saved = list(iterable)
    while saved:
        yield from saved
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
def takewhile(pred, iterable):
    for item in iterable:
        if not pred(item):
            return
        yield item
print(take(5, count()), take(4, count(10, -3)))
print(list(islice(fibonacci(), 10, 15)), list(islice(count(), 0, 20, 5)))
print(take(7, cycle('abc')), take(3, cycle([])))
print(take(10, primes()))
print(list(takewhile(lambda x: x < 100, fibonacci())))
print(next(n for n in count(1) if n * n > 500))
evens = (n for n in count() if n % 2 == 0)
squares = (n * n for n in evens)
print(take(5, squares))
def running_total(iterable):
    total = 0
    for x in iterable:
        total += x
        yield total
print(take(6, running_total(count(1))))
