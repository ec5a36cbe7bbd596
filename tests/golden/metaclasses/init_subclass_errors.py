# Class keyword arguments nobody accepts are errors.


class Plain:
    pass


def attempt(make):
    try:
        cls = make()
        print('ok', cls.__name__)
    except TypeError as e:
        print(type(e).__name__, e)


def make_plain():
    class Sub(Plain, flavour='x'):
        pass
    return Sub


def make_no_base():
    class Sub(flavour='x'):
        pass
    return Sub


class Strict:
    def __init_subclass__(cls, colour):
        cls.colour = colour


def make_strict_missing():
    class Sub(Strict):
        pass
    return Sub


def make_strict_ok():
    class Sub(Strict, colour='red'):
        pass
    print(Sub.colour)
    return Sub


def make_strict_extra():
    class Sub(Strict, colour='red', size=2):
        pass
    return Sub


def make_positional():
    return type('Sub', (Plain,), {}, 'x')


attempt(make_plain)
attempt(make_no_base)
attempt(make_strict_missing)
attempt(make_strict_ok)
attempt(make_strict_extra)
attempt(make_positional)
attempt(lambda: type('Sub', (Plain,), {}, flavour='x'))
attempt(lambda: Plain.__init_subclass__(flavour='x'))
attempt(lambda: object.__init_subclass__(1))
