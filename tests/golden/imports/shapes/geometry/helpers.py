import math


def sqrt(v):
    return math.sqrt(v)
