# import pkg runs its __init__ and binds the package name.
import shapes
print(shapes.__name__, shapes.VERSION, shapes.__doc__)
c = shapes.Circle(2)
print(shapes.area_of(c), type(c).__name__, type(c).__module__)
print(shapes.circle.PI, 'circle' in dir(shapes), hasattr(shapes, 'square'))
print(type(shapes).__name__, shapes.__package__, sorted(k for k in vars(shapes) if not k.startswith('__')))
print(shapes.__file__.endswith('__init__.py'), shapes.circle.__file__.endswith('circle.py'))
