# send() values into generators; coroutine-style running average.
def echo():
    received = None
    while True:
        received = yield f'echo: {received}'
g = echo()
print(next(g))
print(g.send('hello'))
print(g.send(42))
print(next(g))
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = averager()
avg.send(None)
for v in [10, 20, 60]:
    print('average now', avg.send(v))
def accumulate():
    items = []
    while True:
        item = yield len(items)
        if item is None:
            break
        items.append(item)
    yield items
acc = accumulate()
next(acc)
acc.send('x')
acc.send('y')
print(acc.send(None))
fresh = echo()
try:
    fresh.send('too early')
except TypeError as e:
    print(type(e).__name__, e)
def finite():
    yield 1
f = finite()
next(f)
try:
    f.send('after last')
except StopIteration as e:
    print('StopIteration', e.value)
