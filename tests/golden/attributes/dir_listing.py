# dir() of instances and classes: sorted names, including inherited ones.


class Animal:
    legs = 4

    def speak(self):
        pass


class Dog(Animal):
    sound = 'woof'

    def __init__(self, name):
        self.name = name

    def fetch(self):
        pass


d = Dog('rex')
d.tricks = []


def public(names):
    return [n for n in names if not n.startswith('__')]


print(public(dir(d)))
print(public(dir(Dog)))
print(public(dir(Animal)))
print(dir(d) == sorted(dir(d)))
print('__init__' in dir(d), '__class__' in dir(d), '__dict__' in dir(d), '__mro__' in dir(Dog))
print(public(dir(5))[:6])
print(public(dir([])))


class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'alpha', 'mid']


print(dir(Custom()))


class BadDir:
    def __dir__(self):
        return 5


try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)


def f():
    inner_b = 1
    inner_a = 2
    return dir()


print(f())
