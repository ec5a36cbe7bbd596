def gen(n):
    for i in range(n):
        yield i
    yield
    x = yield 5
    yield from other(n)
