# isinstance() and issubclass() with classes and tuples of classes.
print(isinstance(5, int), isinstance(5, float), isinstance(5.0, (int, float)), isinstance(True, int))
print(isinstance('s', str), isinstance(b's', str), isinstance([], (tuple, list)), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(5, object), isinstance(type, object), isinstance(object, type))
print(isinstance(5, ()), isinstance(5, (str, (float, (int,)))))
class Animal:
    pass
class Dog(Animal):
    pass
d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, object), isinstance(Animal(), Dog))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog), issubclass(Dog, (str, Animal)))
print(issubclass(bool, int), issubclass(int, object), issubclass(KeyError, LookupError), issubclass(list, tuple))
def describe(value):
    if isinstance(value, bool):
        return 'bool'
    if isinstance(value, (int, float)):
        return 'number'
    if isinstance(value, str):
        return 'text'
    if isinstance(value, (list, tuple)):
        return f'sequence of {len(value)}'
    return type(value).__name__
print([describe(v) for v in [True, 3, 2.5, 'x', [1], (1, 2), {}, None]])
for f in [lambda: isinstance(5, 5), lambda: isinstance(5, (int, 'x')), lambda: issubclass(5, int),
          lambda: issubclass(int, 5), lambda: isinstance(5), lambda: issubclass(d, Animal)]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
