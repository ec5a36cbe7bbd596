# repr of modules. Built-in modules say "(built-in)"; modules loaded from
# files show a path, which depends on the installation, so only a prefix
# is checked for those.
import sys
import gc
import time
import math
import functools

print(sys)
print(gc)
print(time)
print(repr(math).startswith("<module 'math'"))
print(repr(functools).startswith("<module 'functools' "))  # minipy freezes functools: "(frozen)"
print(type(sys), type(sys).__name__)
print(sys.__name__, math.__name__, gc.__name__, functools.__name__)
print([sys, gc])
print(sys.modules['sys'] is sys, sys.modules['gc'] is gc)
print(str(time) == repr(time), f'{gc}')
print(repr(sys.modules['__main__']).startswith("<module '__main__' from "))
print(__name__, type(len))
