# Read-only properties and their error messages.


class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @property
    def kelvin(self):
        return self._c + 273.15


t = Temperature(20)
print(t.celsius, t.kelvin)
for action in ('set', 'del'):
    try:
        if action == 'set':
            t.kelvin = 0
        else:
            del t.kelvin
    except AttributeError as e:
        print(action, type(e).__name__, e)
try:
    setattr(t, 'celsius', 5)
except AttributeError as e:
    print(type(e).__name__, e)

# A property with only a setter cannot be read.
class WriteOnly:
    def _set(self, value):
        self._secret = value

    password = property(None, _set)


w = WriteOnly()
w.password = 'x'
print(w._secret)
try:
    w.password
except AttributeError as e:
    print(type(e).__name__, e)

# Properties on the class itself return the property object.
print(Temperature.kelvin.fset, Temperature.kelvin.fdel)
print(repr(Temperature.kelvin).startswith('<property object at 0x'))

# An exception inside a getter propagates unchanged.
class Lazy:
    @property
    def value(self):
        raise KeyError('not loaded')


try:
    Lazy().value
except KeyError as e:
    print(type(e).__name__, e)

# An AttributeError inside a getter looks like a missing attribute to getattr.
class Fragile:
    @property
    def name(self):
        return self.missing_field


print(getattr(Fragile(), 'name', 'default'), hasattr(Fragile(), 'name'))
try:
    Fragile().name
except AttributeError as e:
    print(type(e).__name__, e)
