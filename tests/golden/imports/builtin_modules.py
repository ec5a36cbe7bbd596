# Importing the built-in modules minipy provides.
import sys, gc, math, time
print(sys.__name__, gc.__name__, math.__name__, time.__name__)
import math as m
from math import floor, ceil as c
print(m is math, floor(2.7), c(2.1), m.pi == math.pi)
print(type(sys).__name__, type(math).__name__)
print(all(name in sys.modules for name in ['sys', 'gc', 'math', 'time']))
print('sys' in sys.builtin_module_names, 'math' in sys.builtin_module_names or 'math' in sys.modules)
import functools
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), callable(functools.partial))
def lazy():
    import math
    return math.sqrt(81)
print(lazy())
print(repr(sys), repr(gc))
