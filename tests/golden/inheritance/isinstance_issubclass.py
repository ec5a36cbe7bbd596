# isinstance and issubclass with single classes, tuples, nested tuples and
# builtin types; the errors for bad second arguments.


class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass
class Robot: pass


d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, Cat))
print(isinstance(d, (Cat, Robot)), isinstance(d, (Cat, Dog)))
print(isinstance(d, (Robot, (Cat, (Animal,)))))
print(isinstance(d, ()), issubclass(Dog, ()))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, (Robot, Animal)))
print(issubclass(Dog, object), issubclass(type, object), issubclass(object, type))
print(isinstance(Dog, type), isinstance(type, type), isinstance(object, type))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, (str, int)))
print(isinstance(None, type(None)), isinstance(3.0, (int, float)))
print(isinstance([], (list, tuple)), isinstance((), list))


def attempt(fn, *args):
    try:
        print(fn(*args))
    except TypeError as e:
        print(type(e).__name__, e)


attempt(isinstance, d, d)
attempt(isinstance, d, 'Dog')
attempt(isinstance, d, (Dog, 'x'))
attempt(isinstance, d, ('x', Dog))
attempt(issubclass, d, Dog)
attempt(issubclass, Dog, d)
attempt(issubclass, 'Dog', Animal)
attempt(issubclass, Dog, [Animal])
attempt(isinstance, d)
