# super() in __init__: no-argument and two-argument forms, and chains.


class Vehicle:
    def __init__(self, wheels, colour='white'):
        print('Vehicle.__init__', wheels, colour)
        self.wheels = wheels
        self.colour = colour


class Car(Vehicle):
    def __init__(self, colour):
        print('Car.__init__')
        super().__init__(4, colour)
        self.doors = 4


class SportsCar(Car):
    def __init__(self):
        print('SportsCar.__init__')
        super(SportsCar, self).__init__('red')
        self.doors = 2


class Bike(Vehicle):
    def __init__(self):
        super(Vehicle, self).__init__()   # skips Vehicle: calls object.__init__
        self.wheels = 2


c = SportsCar()
print(vars(c))
b = Bike()
print(vars(b))
print(Car('blue').colour)


class Base:
    def __init__(self, **kwargs):
        print('Base got', sorted(kwargs))
        super().__init__()


class Named(Base):
    def __init__(self, name, **kwargs):
        self.name = name
        super().__init__(**kwargs)


class Aged(Named):
    def __init__(self, age, **kwargs):
        self.age = age
        super().__init__(**kwargs)


a = Aged(age=3, name='x', extra=1)
print(a.name, a.age)
try:
    Base(1)
except TypeError as e:
    print(type(e).__name__, e)


class TooMuch:
    def __init__(self, x):
        super().__init__(x)


try:
    TooMuch(1)
except TypeError as e:
    print(type(e).__name__, e)
