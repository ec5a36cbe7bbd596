# repr of bound methods, class methods, static methods, builtin methods and
# the method wrappers of slots.


class Dog:
    def bark(self):
        pass

    @classmethod
    def create(cls):
        pass

    @staticmethod
    def info():
        pass

    def __repr__(self):
        return 'Dog()'


class Plain:
    def go(self):
        pass


d = Dog()
print(d.bark)
print(Dog.bark)
print(Dog.create, d.create)
print(Dog.info, d.info)
print(Dog.__dict__['create'])
print(Dog.__dict__['info'])
print(Plain().go)
print([].append)
print({}.get)
print('abc'.upper)
print((5).bit_length)
print(Dog.__init__)
print(d.__init__)
print(object.__init__, object.__new__)
print(int.__add__, (1).__add__)
print(list.append, dict.fromkeys, {}.fromkeys)
print(d.__repr__, Dog.__repr__)
print(d.__str__)
