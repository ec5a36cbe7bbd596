# yield, next(), StopIteration, and generators in for loops.
def countdown(n):
    print('  starting countdown')
    while n > 0:
        yield n
        n -= 1
    print('  countdown done')
gen = countdown(3)
print(type(gen).__name__, gen.__name__, gen.__qualname__)
print(repr(gen).startswith('<generator object countdown at 0x'))
print(next(gen))
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration as e:
    print('StopIteration', e.args, e.value)
print(next(gen, 'exhausted'), list(gen))
for value in countdown(2):
    print('got', value)
def letters():
    yield 'a'
    yield 'b'
    return
    yield 'never'
print(list(letters()), tuple(letters()), '-'.join(letters()))
g = letters()
print(iter(g) is g, next(g), list(g), list(g))
def empty():
    return
    yield
print(list(empty()), sum(empty()))
def yields_none():
    x = yield
    yield x
g = yields_none()
print(next(g), next(g), next(g, 'end'))
def with_state():
    total = 0
    for i in range(1, 4):
        total += i
        yield total
print(list(with_state()), max(with_state()), 6 in with_state())
