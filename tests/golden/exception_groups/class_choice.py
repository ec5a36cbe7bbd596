# Which class __new__ makes, and where the group types sit in the hierarchy.
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))

eg = BaseExceptionGroup("all exceptions", [ValueError(1), TypeError(2)])
print(type(eg).__name__, isinstance(eg, Exception))
beg = BaseExceptionGroup("with a base one", [ValueError(1), KeyboardInterrupt()])
print(type(beg).__name__, isinstance(beg, Exception))
nested = BaseExceptionGroup("nested", [beg])
print(type(nested).__name__)


class MyGroup(ExceptionGroup):
    pass


class MyBaseGroup(BaseExceptionGroup):
    pass


class Both(BaseExceptionGroup, Exception):
    pass


for cls in (MyGroup, MyBaseGroup, Both):
    for members in ([ValueError()], [SystemExit(2)]):
        try:
            g = cls("m", members)
        except TypeError as e:
            print(cls.__name__, "TypeError:", e)
        else:
            print(cls.__name__, type(g).__name__, repr(g))

print(ExceptionGroup[int], BaseExceptionGroup[ValueError])
print(ExceptionGroup.__new__ is BaseExceptionGroup.__new__)
print(BaseExceptionGroup.__doc__)
print(ExceptionGroup.__doc__)
print(BaseExceptionGroup.__module__, ExceptionGroup.__module__, ExceptionGroup.__qualname__)
try:
    raise MyGroup("raised", [ValueError(7)])
except Exception as e:
    print("caught by except Exception:", repr(e))
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt()])
except Exception:
    print("wrong")
except BaseException as e:
    print("caught by except BaseException:", repr(e))
