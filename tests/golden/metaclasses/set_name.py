# __set_name__ is called on attributes of a new class with the owner class
# and the attribute name, in definition order.


class Field:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        print(f'__set_name__ {self.kind} -> {owner.__name__}.{name}')
        self.owner = owner
        self.name = name

    def __repr__(self):
        return f'Field({self.name})'


class Person:
    first = Field('str')
    last = Field('str')
    age = Field('int')
    plain = 3


print(Person.first.name, Person.age.owner.__name__)

# type() calls it too.
T = type('T', (), {'x': Field('float'), 'y': Field('float')})
print(T.x, T.y)

# Assigning later does not call it.
Person.email = Field('str')
print(hasattr(Person.email, 'name'))

# One object stored under two names: called twice, the last wins.
shared = Field('shared')


class Twice:
    a = shared
    b = shared


print(shared.name)

# Only the class itself triggers it, not its subclasses.
class Employee(Person):
    salary = Field('int')


# An error in __set_name__ is wrapped in a RuntimeError (3.11) whose
# __cause__ is the original exception.
class Broken:
    def __set_name__(self, owner, name):
        raise ValueError(f'bad name {name}')


try:
    class Holder:
        oops = Broken()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__, e.__context__ is e.__cause__)


class NotCallable:
    __set_name__ = None


try:
    class Holder2:
        x = NotCallable()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
