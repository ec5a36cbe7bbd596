# Append mode adds to the end; 'w' truncates; 'x' refuses existing files.
import time
try:
    import os
except ImportError:
    os = None
path = '/tmp/minipy_golden_append_' + str(time.time()).replace('.', '_') + '.log'
with open(path, 'w') as f:
    f.write('start\n')
for i in range(3):
    with open(path, 'a') as f:
        print(f.write(f'entry {i}\n'), f.mode)
with open(path) as f:
    print(f.read().splitlines())
with open(path, 'w') as f:
    pass
with open(path) as f:
    print(repr(f.read()))
with open(path, 'a') as f:
    print(f.write('after truncate\n'), f.readable(), f.writable())
with open(path) as f:
    print(repr(f.read()))
try:
    open(path, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
with open(path, 'r+') as f:
    print(repr(f.read(5)), f.readable(), f.writable())
if os:
    os.remove(path)
