# yield from: delegation to iterables and sub-generators, with return values.
def inner():
    yield 1
    yield 2
    return 'inner done'
def outer():
    result = yield from inner()
    print('  inner returned', repr(result))
    yield from 'ab'
    yield from range(3, 5)
    yield from []
    return 'outer done'
print(list(outer()))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), {'k': 0}, 'xy')))
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def echo_inner():
    while True:
        got = yield
        if got == 'stop':
            return 'inner saw stop'
        print('  inner received', got)
def delegator():
    result = yield from echo_inner()
    print('  delegator got', result)
    yield 'after'
d = delegator()
next(d)
d.send('a')
d.send('b')
print(d.send('stop'))
def counter():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x
def summarize(results):
    while True:
        total = yield from counter()
        results.append(total)
results = []
s = summarize(results)
next(s)
for v in [1, 2, 3, None, 10, 20, None]:
    s.send(v)
print(results)
def thrower():
    try:
        yield from inner()
    except ValueError as e:
        yield f'caught {e} in delegator'
t = thrower()
next(t)
print(t.throw(ValueError('passed through')))
