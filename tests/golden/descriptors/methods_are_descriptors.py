# Functions are non-data descriptors: function.__get__ makes a bound method.


class Dog:
    def __init__(self, name):
        self.name = name


def bark(self, times=1):
    return ' '.join([f'{self.name}: woof'] * times)


d = Dog('rex')
bound = bark.__get__(d, Dog)
print(type(bound).__name__, bound(), bound(2))
print(bark.__get__(None, Dog) is bark)
Dog.bark = bark
print(d.bark(), Dog.bark is bark)
print(Dog.__dict__['bark'] is bark)


class Method:
    """A method-like type written by hand."""

    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *args: self.func(obj, *args)


class Cat:
    def __init__(self, name):
        self.name = name

    @Method
    def meow(self, loud=False):
        return self.name + (': MEOW' if loud else ': meow')


c = Cat('tom')
print(c.meow(), c.meow(True), type(Cat.meow).__name__)

# Builtin methods are descriptors too.
append = list.append
lst = []
append(lst, 1)
list.__dict__['append'].__get__(lst, list)(2)
print(lst, type(list.__dict__['append']).__name__)
