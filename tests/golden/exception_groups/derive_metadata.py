# What split parts inherit: derive(), traceback, cause, context, notes.
class Tagged(ExceptionGroup):
    def __new__(cls, message, excs, tag=None):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self

    def __init__(self, message, excs, tag=None):
        super().__init__(message, excs)

    def derive(self, excs):
        print("derive", self.tag, [repr(e) for e in excs])
        return Tagged(self.message + "'", excs, self.tag + 1)


try:
    try:
        raise KeyError("context")
    except KeyError:
        raise Tagged("t", [ValueError(1), TypeError(2)], 0) from OSError("cause")
except Tagged as caught:
    eg = caught
eg.add_note("a note")
match, rest = eg.split(ValueError)
for part in (match, rest):
    print(type(part).__name__, repr(part), part.tag)
    print(" tb same:", part.__traceback__ is eg.__traceback__)
    print(" cause:", repr(part.__cause__), part.__cause__ is eg.__cause__)
    print(" context:", repr(part.__context__), part.__context__ is eg.__context__)
    print(" suppress:", part.__suppress_context__)
    print(" notes:", part.__notes__, part.__notes__ is eg.__notes__)

plain = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
m, r = plain.split(ValueError)
print(m.__traceback__, m.__cause__, m.__context__, m.__suppress_context__)
print(hasattr(m, "__notes__"))
plain.__notes__ = "not a list but a sequence"
print(plain.split(ValueError)[0].__notes__)
plain.__notes__ = 42
print(hasattr(plain.split(ValueError)[0], "__notes__"))

d = plain.derive([KeyError(9)])
print(type(d).__name__, repr(d), d.__traceback__)
print(type(plain.derive([KeyboardInterrupt()])).__name__)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return "not a group"


try:
    BadDerive("m", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)


class DeriveFails(ExceptionGroup):
    def derive(self, excs):
        raise LookupError("derive failed")


try:
    DeriveFails("m", [ValueError(), TypeError()]).subgroup(ValueError)
except LookupError as e:
    print("LookupError:", e)
print(DeriveFails("m", [ValueError()]).subgroup(Exception))
try:
    DeriveFails("m", [ValueError()]).subgroup(ValueError)
except LookupError as e:
    print("even one member is derived:", e)
for args in ((), (1, 2)):
    try:
        plain.derive(*args)
    except TypeError as e:
        print("derive", len(args), e)
