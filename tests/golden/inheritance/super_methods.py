# super() in ordinary methods, classmethods, staticmethods and properties.


class Greeter:
    greeting = 'Hello'

    def greet(self, name):
        return f'{self.greeting}, {name}'

    @classmethod
    def create(cls):
        return f'create {cls.__name__}'

    @property
    def title(self):
        return 'greeter'


class LoudGreeter(Greeter):
    def greet(self, name):
        return super().greet(name).upper() + '!'

    @classmethod
    def create(cls):
        return 'loud ' + super().create()

    @property
    def title(self):
        return 'loud ' + super().title


class PoliteGreeter(LoudGreeter):
    greeting = 'Good day'

    def greet(self, name):
        return super().greet('dear ' + name)


g = PoliteGreeter()
print(g.greet('Ann'))
print(LoudGreeter().greet('Bob'))
print(PoliteGreeter.create(), LoudGreeter.create())
print(g.title)
print(super(LoudGreeter, g).greet('Cy'))
print(super(PoliteGreeter, g).greet('Cy'))
print(super(LoudGreeter, PoliteGreeter).create())

# super() in a helper defined inside a method uses the enclosing __class__.
class Outer(Greeter):
    def greet(self, name):
        def inner():
            return super(Outer, self).greet(name)
        return inner() + '?'


print(Outer().greet('Di'))


class Sub(Greeter):
    def greet(self, name):
        return super().greet(name) + ' (sub)'


m = Sub.greet
print(m(Sub(), 'Ed'))

# super() looks only at classes after the given one in the MRO.
class A:
    def f(self):
        return ['A']


class B(A):
    def f(self):
        return ['B'] + super().f()


class C(A):
    def f(self):
        return ['C'] + super().f()


class D(B, C):
    def f(self):
        return ['D'] + super().f()


print(D().f(), B().f())
print(super(B, D()).f(), super(C, D()).f())
