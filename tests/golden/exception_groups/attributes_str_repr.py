# message, exceptions, args, str() and repr().
excs = [ValueError(1), TypeError("two")]
eg = ExceptionGroup("problems", excs)
print(eg.message, eg.exceptions, eg.args)
print(eg.exceptions is eg.exceptions, type(eg.exceptions).__name__)
print(eg.args[1] is excs)
excs.append(KeyError(3))
print(len(eg.exceptions), eg.args[1])
print(str(eg))
print(repr(eg))
print(str(ExceptionGroup("one", [ValueError()])))
print(str(ExceptionGroup("", [ValueError(), ValueError()])))
print(repr(ExceptionGroup("tuple", (ValueError(1),))))
print(repr(BaseExceptionGroup("base", [KeyboardInterrupt()])))
nested = ExceptionGroup("outer", [eg, OSError(2, "No such file")])
print(str(nested))
print(repr(nested))
print(f"{eg}", f"{eg!r}")
for name in ("message", "exceptions"):
    try:
        setattr(eg, name, "x")
    except AttributeError as e:
        print(name, "AttributeError:", e)
eg.args = ("changed",)
print(eg.args, str(eg), repr(eg), eg.message)
eg.extra = 42
print(eg.extra, eg.__dict__)
print(eg.__traceback__, eg.__cause__, eg.__context__, eg.__suppress_context__)


class Named(ExceptionGroup):
    def __str__(self):
        return "custom str"


n = Named("m", [ValueError()])
print(str(n), repr(n))
