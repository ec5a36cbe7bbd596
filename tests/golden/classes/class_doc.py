# __doc__ of classes, methods and instances.


class Documented:
    """A documented class.

    With two paragraphs.
    """

    def method(self):
        """Method docstring."""

    def nodoc(self):
        pass


class Undocumented:
    x = 1


class NotADoc:
    x = 1
    """This string is not first, so it is not the docstring."""


print(repr(Documented.__doc__))
print(Documented().__doc__ is Documented.__doc__)
print(Documented.method.__doc__)
print(Documented().method.__doc__)
print(Documented.nodoc.__doc__)
print(Undocumented.__doc__)
print(NotADoc.__doc__)
print('__doc__' in vars(Undocumented), vars(Undocumented)['__doc__'])


class Sub(Documented):
    pass


print(Sub.__doc__)          # __doc__ is not inherited: each class has its own
print(Sub.method.__doc__)   # but the inherited method keeps its own
Documented.__doc__ = 'changed'
print(Documented.__doc__)


class FString:
    f"""an f-string is not a docstring"""


print(FString.__doc__)
print(int.__doc__.splitlines()[0])
