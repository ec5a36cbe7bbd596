# The default repr of instances: <module.qualname object at 0x...>.


class Dog:
    class Collar:
        pass


def make_local():
    class Local:
        pass
    return Local()


print(repr(Dog()))
print(str(Dog()))
print(Dog.Collar())
print(make_local())
print(object())
print([Dog(), Dog.Collar()])
d = Dog()
print(repr(d) == object.__repr__(d), str(d) == repr(d), format(d) == str(d))
print(f'{d}' == repr(d), '%r' % (d,) == repr(d), repr(d).startswith('<__main__.Dog object at 0x'))
Dog.__module__ = 'kennel'
print(d)
Dog.__qualname__ = 'Hound'
print(d)
Mod = type('Mod', (), {'__module__': 'builtins'})
print(Mod(), Mod)


class Sub(Dog):
    pass


print(Sub())
