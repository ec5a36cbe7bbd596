from .. import util
from ..circle import PI
from . import helpers
print('shapes.geometry.vector: loaded, __name__ =', __name__)


def length(x, y):
    return helpers.sqrt(x * x + y * y)


def scaled(x, y, k):
    return util.scale(x, k), util.scale(y, k)
