# Binary files: bytes in and out, and type errors when mixing str and bytes.
import time
try:
    import os
except ImportError:
    os = None
path = '/tmp/minipy_golden_binary_' + str(time.time()).replace('.', '_') + '.bin'
with open(path, 'wb') as f:
    print(f.write(b'\x00\x01\x02'), f.write(bytes(range(250, 256))), f.write(bytearray(b'ab')), f.mode)
with open(path, 'rb') as f:
    data = f.read()
print(data, len(data), type(data).__name__, list(data[:3]))
with open(path, 'rb') as f:
    print(f.read(2), f.read(3), f.read(), f.read())
try:
    with open(path, 'wb') as f:
        f.write('text')
except TypeError as e:
    print(type(e).__name__, e)
try:
    with open(path, 'w') as f:
        f.write(b'bytes')
except TypeError as e:
    print(type(e).__name__, e)
with open(path, 'w', encoding='utf-8') as f:
    f.write('line\n')
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'rb') as f:
    print(f.readline(), f.readlines())
if os:
    os.remove(path)
