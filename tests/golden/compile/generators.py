def g(n):
    for i in range(n):
        x = yield i
        if x:
            print('sent', x)
    return 'done'
it = g(3)
print(next(it), it.send('hi'), next(it))
try:
    next(it)
except StopIteration as e:
    print('stop', e.value)
def deleg():
    r = yield from g(2)
    print('r =', r)
    yield from [10, 20]
print(list(deleg()))
print(sum(x * x for x in range(5)))
ge = (c for c in 'ab')
print(type(ge).__name__, list(ge))
def gen_try():
    try:
        yield 1
        yield 2
    finally:
        print('gen cleanup')
gt = gen_try()
print(next(gt))
gt.close()
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print(g.__code__.co_flags & 0x20 != 0, (lambda: (yield)).__code__.co_flags & 0x20 != 0)
