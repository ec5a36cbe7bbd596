# ImportError and ModuleNotFoundError messages (file paths cut off: they depend on the machine).
def short(e):
    return str(e).split(' (')[0]
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, '| name =', e.name)
try:
    import shapes.no_such_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, '| name =', e.name)
try:
    import math.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from shapes import no_such_name
except ImportError as e:
    print(type(e).__name__, short(e), '| name =', e.name)
try:
    from math import no_such_function
except ImportError as e:
    print(type(e).__name__, short(e))
try:
    from shapes.circle import Circle, Square
except ImportError as e:
    print(type(e).__name__, short(e))
print(issubclass(ModuleNotFoundError, ImportError))
try:
    import broken
except RuntimeError as e:
    print(type(e).__name__, e)
import sys
print('broken' in sys.modules)
try:
    import broken
except RuntimeError as e:
    print('second attempt runs the module again:', e)
try:
    import circular.a
except ImportError as e:
    print(type(e).__name__, short(e))
