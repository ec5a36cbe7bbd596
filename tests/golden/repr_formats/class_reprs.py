# repr of class objects: user classes, nested and local classes, builtin
# types, and classes made by type().


class Dog:
    class Collar:
        class Tag:
            pass


def make_local():
    class Local:
        pass
    return Local


print(repr(Dog), str(Dog), Dog)
print(Dog.Collar, Dog.Collar.Tag)
print(make_local())
print(type('Made', (), {}), type('Made', (Dog,), {'__module__': 'kennel'}))
print(int, str, float, bool, list, dict, tuple, set, frozenset, bytes, bytearray)
print(object, type, complex, range, slice, property, staticmethod, classmethod, super)
print(type(None), type(NotImplemented), type(...), type(len), type(lambda: 0))
print(Exception, ValueError, KeyboardInterrupt, StopIteration)
print([Dog, int], {'cls': Dog.Collar}, (type,))
print(f'{Dog}', f'{Dog!r}', '%s' % Dog, format(int))
Dog.__qualname__ = 'Renamed'
print(Dog)
Dog.__module__ = 'pets'
print(Dog, Dog.Collar)
