# SystemExit codes from sys.exit; the last call exits with status 7.
import sys
for arg in [(), (0,), (2,), ('message',), (None,), (True,), ([1],)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(arg), '-> code', repr(e.code), 'args', e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print('SystemExit(1, 2).code =', e.code)
print('exiting with 7')
sys.exit(7)
print('not reached')
