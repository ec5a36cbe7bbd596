# __name__, __qualname__ and __module__ of classes, methods and nested
# definitions.


class Outer:
    class Inner:
        class Deepest:
            def method(self):
                pass

        def method(self):
            pass

    def method(self):
        def helper():
            pass
        return helper

    def make_class(self):
        class Local:
            pass
        return Local


print(Outer.__name__, Outer.__qualname__, Outer.__module__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.__module__)
print(Outer.Inner.Deepest.__name__, Outer.Inner.Deepest.__qualname__)
print(Outer.method.__name__, Outer.method.__qualname__)
print(Outer.Inner.method.__qualname__)
print(Outer.Inner.Deepest.method.__qualname__)
h = Outer().method()
print(h.__name__, h.__qualname__)
L = Outer().make_class()
print(L.__name__, L.__qualname__)
print(Outer().__module__, Outer.Inner().__class__.__qualname__)


def factory():
    class Made:
        def go(self):
            pass
    return Made


M = factory()
print(M.__qualname__, M.go.__qualname__)
print(int.__name__, int.__qualname__, int.__module__)
print(object.__module__, type.__qualname__)

# __name__ and __qualname__ can be assigned.
Outer.Inner.__qualname__ = 'Renamed.Inner'
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
Outer.__name__ = 'Outer2'
print(Outer.__name__, Outer.__qualname__)
try:
    Outer.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Outer.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
