# Names starting with two underscores inside a class body are mangled to
# _ClassName__name.


class Secret:
    __hidden = 'class secret'

    def __init__(self):
        self.__value = 42
        self._protected = 'single underscore'
        self.__dunder__ = 'not mangled'

    def reveal(self):
        return self.__value, self.__hidden

    def __private_method(self):
        return 'private'

    def call_private(self):
        return self.__private_method()


s = Secret()
print(s.reveal())
print(s.call_private())
print(sorted(vars(s)))
print(s._Secret__value, s._Secret__hidden, s._protected, s.__dunder__)
print(sorted(k for k in vars(Secret) if 'Secret' in k))
try:
    s.__value
except AttributeError as e:
    print(type(e).__name__, e)


class Child(Secret):
    def __init__(self):
        super().__init__()
        self.__value = 'child'

    def both(self):
        return self.__value, self._Secret__value


c = Child()
print(c.both())
print(sorted(vars(c)))
try:
    c.peek = lambda: c.__value
    c.peek()
except AttributeError as e:
    print(type(e).__name__, e)

# getattr with a literal string is not mangled.
print(getattr(s, '_Secret__value'), hasattr(s, '__value'))


class _Leading:
    def __init__(self):
        self.__x = 1


print(sorted(vars(_Leading())))


class ___:
    def __init__(self):
        self.__x = 1


print(sorted(vars(___())))
