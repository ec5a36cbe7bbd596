# import pkg.mod as alias; import pkg.mod binds the top-level package.
import shapes.circle as circ
print(circ.__name__, circ.PI, circ.describe(circ.Circle(1)))
import shapes.square
print(shapes.square.Square(3).area(), shapes.square.pi_used())
print(shapes.circle is circ, 'shapes.square' in __import__('sys').modules)
import shapes.geometry.vector as vec
print(vec.length(3, 4), vec.scaled(1, 2, 10))
print(shapes.geometry.vector is vec, shapes.geometry.__name__)
