# from pkg.mod import * imports exactly the names in __all__.
from shapes.util import *
print(scale(3, 4), clamp(9, 0, 5), ORIGIN)
for name in ['scale', 'clamp', 'ORIGIN', 'not_exported', '_private']:
    print(name, name in globals())
import shapes.util
print(shapes.util.__all__, shapes.util._private())
