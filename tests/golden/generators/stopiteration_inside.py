# A StopIteration escaping a generator body becomes RuntimeError (PEP 479).
def first_items(*iterables):
    for it in iterables:
        iterator = iter(it)
        yield next(iterator)
print(list(first_items([1], 'a')))
try:
    print(list(first_items([1], [], [3])))
except RuntimeError as e:
    print(type(e).__name__, e)
    print('cause:', repr(e.__cause__), e.__suppress_context__)
def explicit():
    yield 1
    raise StopIteration('manual')
g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
def safe_first(*iterables):
    for it in iterables:
        for item in it:
            yield item
            break
print(list(safe_first([1], [], [3])))
def uses_default():
    yield next(iter([]), 'default')
print(list(uses_default()))
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('plain StopIteration outside a generator', e.args)
