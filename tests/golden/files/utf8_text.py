# Text files with non-ASCII content: characters vs bytes.
import time
try:
    import os
except ImportError:
    os = None
path = '/tmp/minipy_golden_utf8_' + str(time.time()).replace('.', '_') + '.txt'
text = '你好，世界\ncafé ☕\n😀\n'
with open(path, 'w', encoding='utf-8') as f:
    print('characters written:', f.write(text))
with open(path, encoding='utf-8') as f:
    back = f.read()
print(back == text, len(back))
with open(path, 'rb') as f:
    raw = f.read()
print('bytes on disk:', len(raw), raw[:6])
with open(path, encoding='utf-8') as f:
    for line in f:
        print(len(line.rstrip('\n')), line.rstrip('\n'))
with open(path, encoding='utf-8') as f:
    print(repr(f.read(2)), repr(f.readline()))
with open(path, 'wb') as f:
    f.write(b'bad \xff byte\n')
try:
    with open(path, encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason, e.start)
with open(path, encoding='utf-8', errors='replace') as f:
    print(repr(f.read()))
with open(path, encoding='latin-1') as f:
    print(repr(f.read()))
if os:
    os.remove(path)
