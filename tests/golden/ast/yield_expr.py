def g():
    x = yield
    y = yield 1
    z = yield 1, 2
    w = yield from it
    await_like = (yield)
    print((yield))
