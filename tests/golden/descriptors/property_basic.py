# property with getter, setter and deleter in the decorator form.


class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last

    @property
    def full_name(self):
        """The full name."""
        print('  getting full_name')
        return f'{self.first} {self.last}'

    @full_name.setter
    def full_name(self, value):
        print('  setting full_name to', repr(value))
        self.first, self.last = value.split(' ', 1)

    @full_name.deleter
    def full_name(self):
        print('  deleting full_name')
        self.first = self.last = None


p = Person('Ada', 'Lovelace')
print(p.full_name)
p.full_name = 'Grace Hopper'
print(p.first, '|', p.last)
del p.full_name
print(p.first, p.last)
print(type(Person.full_name).__name__, Person.full_name.__doc__)
print(Person.full_name.fget.__name__, Person.full_name.fset.__name__, Person.full_name.fdel.__name__)
print('full_name' in vars(p), sorted(vars(p)))
p.__dict__['full_name'] = 'shadow?'      # the property (a data descriptor) wins
p.first, p.last = 'Alan', 'Turing'
print(p.full_name)


class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return round(3.14159 * self.r ** 2, 2)

    @property
    def diameter(self):
        return 2 * self.r

    @diameter.setter
    def diameter(self, d):
        self.r = d / 2


c = Circle(1)
print(c.area, c.diameter)
c.diameter = 10
print(c.r, c.area)
