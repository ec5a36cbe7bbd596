# Relative imports inside a package: from . import x, from .mod import y, from .. import z.
import shapes.square
import shapes.geometry.vector
print(shapes.square.util.__name__, shapes.geometry.vector.util is shapes.square.util)
print(shapes.geometry.vector.PI, shapes.geometry.vector.helpers.__name__)
print(shapes.square.__package__, shapes.geometry.vector.__package__, shapes.geometry.__package__)
try:
    import shapes.geometry.too_far
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
