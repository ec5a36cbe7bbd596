# Bound methods: __self__, __func__, repr, equality and identity.


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, other):
        return f'{self.name} greets {other}'

    def __repr__(self):
        return f'Greeter({self.name!r})'


g = Greeter('ann')
m = g.greet
print(m('bob'))
print(m.__self__ is g, m.__func__ is Greeter.greet, m.__name__, m.__qualname__)
print(type(m).__name__, type(Greeter.greet).__name__)
print(repr(m))
print(m == g.greet, m is g.greet, g.greet is g.greet)
h = Greeter('ann')
print(g.greet == h.greet, hash(m) == hash(g.greet))
print(Greeter.greet(g, 'cy'), m.__func__(g, 'di'))
methods = [Greeter(n).greet for n in ('x', 'y')]
print([f('z') for f in methods])
print(m.__doc__, m.__module__)
try:
    m.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    m()
except TypeError as e:
    print(type(e).__name__, e)


class Plain:
    def f(self):
        pass


p = Plain()
print(repr(p.f))
print(repr(Plain.f))
print(repr(Plain().__init__))
print(repr([].append))
print(repr(p.__eq__))
