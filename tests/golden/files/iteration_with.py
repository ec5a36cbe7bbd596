# Iterating over a file line by line, and the with statement closing it.
import time
try:
    import os
except ImportError:
    os = None
path = '/tmp/minipy_golden_iter_' + str(time.time()).replace('.', '_') + '.txt'
with open(path, 'w') as out:
    for i in range(1, 6):
        out.write(f'line {i}: {"*" * i}\n')
print(out.closed)
with open(path) as f:
    for line in f:
        print(line.rstrip())
print(f.closed)
with open(path) as f:
    print([len(line) for line in f])
with open(path) as f:
    numbered = list(enumerate(f, 1))
print(numbered[-1])
with open(path) as f:
    it = iter(f)
    print(it is f, repr(next(f)), repr(next(it)))
with open(path) as f:
    print(sum(1 for _ in f), sum(1 for _ in f))
try:
    with open(path) as f:
        first = f.readline()
        raise ValueError('error inside with')
except ValueError as e:
    print(type(e).__name__, e, '| closed:', f.closed, '| first:', repr(first))
with open(path) as a, open(path) as b:
    print(a.readline() == b.readline(), a.closed, b.closed)
print(a.closed, b.closed)
if os:
    os.remove(path)
