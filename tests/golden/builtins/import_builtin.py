# __import__() returns modules by name.
m = __import__('math')
print(m.__name__, m.sqrt(16), m is __import__('math'))
s = __import__('sys')
print(s.__name__, s.version_info >= (3, 11), 'math' in s.modules)
import math
print(math is m)
g = __import__('gc', globals(), locals(), [], 0)
print(g.__name__, g.isenabled())
t = __import__('time', fromlist=['sleep'])
print(t.__name__, callable(t.sleep))
for args in [('no_such_module_xyz',), (5,), ('',)]:
    try:
        __import__(*args)
    except (ImportError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    __import__('math.nope')
except ImportError as e:
    print(type(e).__name__, e)
