print('shapes.geometry: subpackage initialised, __package__ =', __package__)
