# sys.path and sys.modules (printing only machine-independent facts).
import sys
print(type(sys.path).__name__, len(sys.path) > 0, type(sys.path[0]).__name__, sys.path[0] != '')
print(all(isinstance(p, str) for p in sys.path))
print(type(sys.modules).__name__, 'sys' in sys.modules, '__main__' in sys.modules, sys.modules['sys'] is sys)
import math
print('math' in sys.modules, sys.modules['math'] is math)
print(sys.modules['__main__'].__name__, sys.modules[__name__] is sys.modules['__main__'])
print('builtins' in sys.modules, 'sys' in sys.builtin_module_names)
print(type(sys.builtin_module_names).__name__)
