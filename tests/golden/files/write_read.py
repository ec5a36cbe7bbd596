# Writing a file in /tmp, reading it back whole; write() returns the number of characters.
import time
try:
    import os
except ImportError:
    os = None
path = '/tmp/minipy_golden_write_read_' + str(time.time()).replace('.', '_') + '.txt'
f = open(path, 'w')
print(f.write('first line\n'), f.write('second line\n'), f.write(''), f.write('no newline at end'))
print(f.closed, f.mode, f.writable(), f.readable())
f.close()
print(f.closed)
f.close()
f = open(path)
text = f.read()
f.close()
print(repr(text), len(text), text.count('\n'))
f = open(path, 'r')
print(repr(f.read(5)), repr(f.read(6)), repr(f.read()), repr(f.read()))
f.close()
with open(path, 'w') as f:
    n = f.write('replaced\n')
with open(path) as f:
    print(n, repr(f.read()))
if os:
    os.remove(path)
