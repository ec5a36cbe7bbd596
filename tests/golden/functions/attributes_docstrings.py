# Function attributes: __name__, __qualname__, __doc__, __defaults__, __module__, custom attributes.
def documented(a, b=2):
    """Add two numbers.

    Returns the sum.
    """
    return a + b
print(documented.__name__, documented.__qualname__, documented.__module__)
print(repr(documented.__doc__))
print(documented.__doc__.splitlines()[0], documented.__defaults__, documented.__kwdefaults__)
def no_doc():
    x = 'not a docstring because it is not first'
    return x
def string_later():
    pass
    'not a docstring'
print(no_doc.__doc__, string_later.__doc__)
def outer():
    def inner():
        'inner doc'
    return inner
fn = outer()
print(fn.__name__, fn.__qualname__, fn.__doc__)
class Shape:
    def area(self):
        'Compute the area.'
        return 0
print(Shape.area.__qualname__, Shape.area.__doc__, Shape().area.__name__)
documented.calls = 0
documented.calls += 1
print(documented.calls, 'calls' in documented.__dict__, sorted(documented.__dict__))
renamed = documented
renamed.__name__ = 'renamed_fn'
print(documented.__name__, renamed is documented)
print(len.__name__, len.__doc__.splitlines()[0], print.__name__)
print(callable(documented), type(documented).__name__, type(len).__name__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
try:
    documented.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    documented.missing
except AttributeError as e:
    print(type(e).__name__, e)
