# del on instance and class attributes.


class Settings:
    colour = 'blue'
    size = 10

    def __init__(self):
        self.colour = 'red'


s = Settings()
print(s.colour)
del s.colour
print(s.colour)            # the class attribute shows through
try:
    del s.colour           # it is not an instance attribute any more
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del s.missing
except AttributeError as e:
    print(type(e).__name__, e)

del Settings.size
print(hasattr(s, 'size'), hasattr(Settings, 'size'))
try:
    del Settings.size
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(Settings.size)
except AttributeError as e:
    print(type(e).__name__, e)

s.a = 1
s.b = 2
s.c = 3
del s.b
print(vars(s))
s.b = 4
print(vars(s))
delattr(s, 'a')
print(vars(s))
try:
    delattr(s, 'a')
except AttributeError as e:
    print(type(e).__name__, e)

# Deleting a method from the class removes it for all instances.
class Greeter:
    def hello(self):
        return 'hello'


g = Greeter()
print(g.hello())
del Greeter.hello
try:
    g.hello()
except AttributeError as e:
    print(type(e).__name__, e)

# Builtin attributes cannot be deleted.
try:
    del (1).real
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del int.real
except TypeError as e:
    print(type(e).__name__, e)
