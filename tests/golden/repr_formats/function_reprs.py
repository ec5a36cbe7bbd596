# repr of functions, generator functions, generator objects and other
# callables.


def plain():
    pass


def gen():
    yield 1


def outer():
    def inner():
        yield 2
    return inner


class Box:
    def items(self):
        yield from ()


print(plain)
print(gen)
print(gen())
print(outer())
print(outer()())
print(Box.items)
print(Box().items())
print(lambda: 0)
print((lambda: (yield))())
print((x for x in []))
print([f for f in [lambda: 1]])
print(len, print, iter, sorted)
print(str(plain) == repr(plain), plain.__name__, plain.__qualname__)
g = gen()
print(repr(g) == str(g), g.__name__, g.__qualname__)
