# from pkg import name; from pkg.mod import several names, with aliases.
from shapes import area_of, Circle, VERSION
from shapes.circle import PI, describe as describe_circle
from shapes.util import clamp, not_exported
from shapes import square
print(VERSION, PI, area_of(Circle(1)), describe_circle(Circle(5)))
print(clamp(150, 0, 100), clamp(-5, 0, 100), not_exported())
print(square.Square(200).area())
print('shapes' in dir(), 'Circle' in dir(), 'util' in dir())
from shapes.geometry import vector
print(vector.length(6, 8))
from math import sqrt as root, pi
print(root(2), pi)
