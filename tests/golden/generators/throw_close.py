# throw() and close(): exceptions inside generators, GeneratorExit, finally.
def worker():
    try:
        while True:
            try:
                value = yield 'ready'
                print('  working on', value)
            except ValueError as e:
                print('  recovered from', repr(e))
                yield 'recovered'
    finally:
        print('  cleanup')
w = worker()
print(next(w))
print(w.send('job1'))
print(w.throw(ValueError('bad input')))
print(next(w))
w.close()
print('closed')
w.close()
try:
    next(w)
except StopIteration:
    print('closed generator raises StopIteration')
def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError('boom'))
except KeyError as e:
    print('propagated', repr(e))
print(next(u, 'finished after throw'))
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print('  got GeneratorExit')
        raise
c = catches_exit()
next(c)
c.close()
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse to stop'
i = ignores_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def not_started():
    try:
        yield 1
    finally:
        print('  never printed: body never started')
n = not_started()
n.close()
print('not-started close ok')
t = unhandled()
try:
    t.throw(TypeError, 'type and message')
except TypeError as e:
    print('thrown into fresh generator:', e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored value'
r = returns_on_exit()
next(r)
print(r.close())
