# __bases__, __base__, __mro__ and mro() of simple hierarchies.


class Animal:
    pass


class Mammal(Animal):
    pass


class Pet:
    pass


class Dog(Mammal, Pet):
    pass


for cls in (Animal, Mammal, Pet, Dog, object):
    print(cls.__name__, [b.__name__ for b in cls.__bases__],
          [m.__name__ for m in cls.__mro__])

print(Dog.__base__.__name__, object.__base__)
print(Dog.__bases__)
print(Animal.__bases__)
print(object.__bases__)
print(type(Dog.__mro__).__name__, type(Dog.mro()).__name__)
print(Dog.mro() == list(Dog.__mro__))
print(Dog.__mro__[0] is Dog, Dog.__mro__[-1] is object)
print(bool.__mro__)
print(int.__bases__, type.__bases__, type.__mro__)

# Changing __bases__ changes the lookup.
class Quiet:
    def sound(self):
        return 'quiet'


class Loud:
    def sound(self):
        return 'LOUD'


class Speaker(Quiet):
    pass


s = Speaker()
print(s.sound())
Speaker.__bases__ = (Loud,)
print(s.sound(), [c.__name__ for c in Speaker.__mro__])
try:
    Speaker.__bases__ = ()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Speaker.__mro__ = ()
except AttributeError as e:
    print(type(e).__name__, e)
