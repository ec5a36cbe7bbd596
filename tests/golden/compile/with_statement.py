class CM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v)
        return self.suppress
with CM('a') as x:
    print('body', x)
with CM('a') as x, CM('b') as y:
    print('body2', x, y)
with CM('s', True):
    raise ValueError('suppressed')
print('after suppress')
try:
    with CM('n'):
        raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))
def ret():
    with CM('r'):
        return 'returned'
print(ret())
def brk():
    for i in range(3):
        with CM(str(i)):
            if i == 1:
                break
            continue
    return i
print(brk())
def nested():
    try:
        with CM('t'):
            try:
                return 1
            finally:
                print('inner finally')
    finally:
        print('outer finally')
print(nested())
