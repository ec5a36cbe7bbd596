# The class statement: a class body runs once, methods take self, __init__
# sets up each new instance.


class Dog:
    kind = 'canine'

    def __init__(self, name, age=1):
        self.name = name
        self.age = age

    def speak(self):
        return f'{self.name} says woof'

    def birthday(self):
        self.age += 1
        return self.age


d = Dog('Rex')
e = Dog('Fido', age=4)
print(d.name, d.age, d.kind)
print(e.name, e.age, e.kind)
print(d.speak())
print(e.speak())
print(d.birthday(), d.birthday(), d.age)
print(e.age)
print(type(d) is Dog, type(d).__name__)
print(isinstance(d, Dog), isinstance(d, object), isinstance(3, Dog))

# Calling the function through the class needs an explicit instance.
print(Dog.speak(e))
print(Dog.birthday(e), e.age)


class Empty:
    pass


x = Empty()
y = Empty()
print(x is y, x == y, x != y)
print(type(Empty), type(x).__name__)


class WithPass:
    """Only a docstring."""


print(WithPass.__doc__)
print(WithPass().__class__.__name__)
