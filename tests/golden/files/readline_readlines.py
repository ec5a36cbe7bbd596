# readline() and readlines() in a loop.
import time
try:
    import os
except ImportError:
    os = None
path = '/tmp/minipy_golden_readline_' + str(time.time()).replace('.', '_') + '.txt'
with open(path, 'w') as f:
    f.write('alpha\nbeta\n\ngamma\ndelta')
with open(path) as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()), repr(f.readline()))
with open(path) as f:
    lines = f.readlines()
print(lines, len(lines))
with open(path) as f:
    f.readline()
    print(f.readlines())
with open(path) as f:
    print(repr(f.readline(3)), repr(f.readline(100)))
with open(path) as f:
    count = 0
    while True:
        line = f.readline()
        if not line:
            break
        count += 1
        print(count, repr(line.rstrip('\n')))
if os:
    os.remove(path)
