"""A small package of shapes used by the import tests."""
print('shapes: package initialised as', __name__)
VERSION = '1.0'
from .circle import Circle


def area_of(shape):
    return shape.area()
