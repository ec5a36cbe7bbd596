# functools.wraps copies __name__, __qualname__, __doc__, __module__ and
# __dict__ to the wrapper and sets __wrapped__.
import functools


def plain(func):
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return func(*args, **kwargs)
    return wrapper


def wrapped(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return func(*args, **kwargs)
    return wrapper


def add(a, b):
    """Add two numbers."""
    return a + b


add.version = 2
p = plain(add)
w = wrapped(add)
print(p.__name__, p.__qualname__, p.__doc__, hasattr(p, '__wrapped__'))
print(w.__name__, w.__qualname__, w.__doc__, w.__wrapped__ is add)
print(w.__module__, w.version, w(2, 3))
print(repr(w).startswith('<function add at 0x'), repr(p).startswith('<function plain.<locals>.wrapper'))


class Widget:
    @wrapped
    def draw(self):
        """Draw the widget."""
        return 'drawn'


print(Widget.draw.__qualname__, Widget().draw(), Widget.draw.__doc__)

# Stacking keeps the chain of __wrapped__.
ww = wrapped(wrapped(add))
print(ww.__name__, ww.__wrapped__.__wrapped__ is add)


def no_doc():
    pass


w2 = wrapped(no_doc)
print(w2.__doc__, w2.__name__)

# update_wrapper is the function behind wraps.
def other(*args):
    return args


functools.update_wrapper(other, add)
print(other.__name__, other.__doc__, other.__wrapped__ is add)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
