__all__ = ['scale', 'clamp', 'ORIGIN']
ORIGIN = (0, 0)


def scale(value, factor):
    return value * factor


def clamp(value, low, high):
    return max(low, min(high, value))


def not_exported():
    return 'only reachable by explicit import'


def _private():
    return 'private'
