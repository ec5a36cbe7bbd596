# Attributes can be added at run time to instances and classes; a function
# stored on a class becomes a method of every instance.


class Robot:
    pass


r = Robot()
r.name = 'R2'
r.parts = ['wheel']
print(r.name, r.parts)
setattr(r, 'battery', 75)
print(r.battery, getattr(r, 'battery'))
print(sorted(vars(r)))

r2 = Robot()
print(hasattr(r2, 'name'))


def greet(self, other='world'):
    return f'{self.name} greets {other}'


Robot.greet = greet
Robot.wheels = 3
r2.name = 'C3'
print(r.greet(), r2.greet('R2'), r.wheels, r2.wheels)
print(Robot.greet is greet, r.greet.__func__ is greet)

# A function stored on an instance is not a method: no self is passed.
r.shout = lambda text: text.upper()
print(r.shout('beep'))
try:
    r2.shout('x')
except AttributeError as e:
    print(type(e).__name__, e)

# Attribute names do not have to be identifiers when set through setattr.
setattr(r, 'not an identifier', 1)
setattr(r, '123', 2)
print(getattr(r, 'not an identifier'), getattr(r, '123'))
print(sorted(vars(r)))
try:
    setattr(r, 5, 'x')
except TypeError as e:
    print(type(e).__name__, e)

# Builtin types refuse new attributes.
for target in (5, 'text', [], object()):
    try:
        target.extra = 1
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    int.extra = 1
except TypeError as e:
    print(type(e).__name__, e)
