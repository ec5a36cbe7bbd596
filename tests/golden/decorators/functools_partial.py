# functools.partial freezes some arguments of a call.
from functools import partial


def power(base, exponent, *, mod=None):
    r = base ** exponent
    return r % mod if mod else r


square = partial(power, exponent=2)
cube = partial(power, exponent=3)
two_to = partial(power, 2)
print(square(5), cube(2), two_to(10), two_to(10, mod=1000))
print(square.func is power, square.args, square.keywords)
print(two_to.args, two_to.keywords)
print(repr(two_to))
print(repr(partial(power, 2, mod=7)))
print(square(3, exponent=4))      # keywords can be overridden

# Nested partials are flattened.
p1 = partial(power, 3)
p2 = partial(p1, 2)
print(p2(), p2.func is power, p2.args)

int_base2 = partial(int, base=2)
print(int_base2('1010'), int_base2('ff', base=16))
print(list(map(partial(power, exponent=2), [1, 2, 3])))
print(type(square).__name__, callable(square))
try:
    partial()
except TypeError as e:
    print(type(e).__name__, e)
try:
    partial(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    two_to()
except TypeError as e:
    print(type(e).__name__, e)


class Button:
    def __init__(self, label, on_click):
        self.label = label
        self.on_click = on_click

    def click(self):
        return self.on_click()


def handler(name, event='click'):
    return f'{name} got {event}'


buttons = [Button(n, partial(handler, n)) for n in ('ok', 'cancel')]
print([b.click() for b in buttons])
