# File errors: missing files (with errno), closed files, wrong mode, bad mode strings.
import time
try:
    import os
except ImportError:
    os = None
missing = '/tmp/minipy_golden_no_such_dir/missing.txt'
try:
    open(missing)
except FileNotFoundError as e:
    print(type(e).__name__, e)
    print(e.errno, e.strerror, e.filename, isinstance(e, OSError))
try:
    open(missing, 'w')
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    open('/tmp')
except IsADirectoryError as e:
    print(type(e).__name__, e)
path = '/tmp/minipy_golden_errors_' + str(time.time()).replace('.', '_') + '.txt'
f = open(path, 'w')
try:
    f.read()
except OSError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
f.write('data')
f.close()
for op in [lambda: f.write('x'), lambda: f.read(), lambda: f.readline(), lambda: next(iter(f))]:
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
g = open(path)
try:
    g.write('x')
except OSError as e:
    print(type(e).__name__, e)
g.close()
for args in [(path, 'z'), (path, 'rw'), (path, 'rr'), (path, ''), (5.5,), (None,)]:
    try:
        open(*args)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
try:
    with open(path, 'w') as h:
        h.write(42)
except TypeError as e:
    print(type(e).__name__, e)
if os:
    os.remove(path)
