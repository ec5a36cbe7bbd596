# return in a generator sets StopIteration.value.
def compute():
    yield 'step 1'
    yield 'step 2'
    return 'the result'
g = compute()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('value:', e.value, 'args:', e.args)
def returns_none():
    yield 1
g = returns_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value:', e.value, 'args:', e.args)
def returns_tuple():
    yield
    return 1, 2
g = returns_tuple()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value:', e.value, 'args:', e.args)
print(list(compute()))
def drive(gen):
    steps = []
    while True:
        try:
            steps.append(next(gen))
        except StopIteration as stop:
            return steps, stop.value
print(drive(compute()))
e = StopIteration('manual', 2)
print(e.value, e.args, str(e))
print(StopIteration().value, repr(StopIteration(5)))
