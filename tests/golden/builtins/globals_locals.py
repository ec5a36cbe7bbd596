# globals() and locals() at module level and inside functions.
import sys
module_var = 'here'
g = globals()
print(type(g).__name__, g['module_var'], g['__name__'], '__builtins__' in g, g is globals())
g['created_via_globals'] = 42
print(created_via_globals)
print(locals() is globals())
def func(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(func(1))
def modify_locals():
    x = 1
    locals()['x'] = 2
    return x
print(modify_locals())
def sees_globals():
    return 'module_var' in globals(), 'module_var' in locals()
print(sees_globals())
print(sorted(k for k in globals() if not k.startswith('__')))
class K:
    attr = 1
    names = sorted(k for k in locals() if not k.startswith('__'))
print(K.names)
try:
    globals(1)
except TypeError as e:
    print(type(e).__name__, e)
