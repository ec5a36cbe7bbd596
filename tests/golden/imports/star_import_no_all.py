# from pkg.mod import * without __all__ imports every name not starting with '_'.
from shapes.plain import *
print(public_number, public_function())
for name in ['public_number', 'public_function', '_hidden_function', '_hidden_value', 'math']:
    print(name, name in globals())
print(math.floor(2.5))
