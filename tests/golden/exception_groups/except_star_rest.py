# What no clause matched is re-raised, keeping the group's structure.
def attempt(eg, *types):
    try:
        try:
            raise eg
        except* ValueError as e:
            print("  handled", repr(e))
    except BaseException as rest:
        print("  rest:", repr(rest))
        print("  same group:", rest is eg, "| same traceback:", rest.__traceback__ is eg.__traceback__)
        return rest
    print("  nothing left")


print("partial")
original = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("in", [ValueError(3), KeyError(4)])])
rest = attempt(original)
print("  leaves are the originals:", rest.exceptions[0] is original.exceptions[1])
print("none matched")
attempt(ExceptionGroup("eg", [TypeError(1)]))
print("all matched")
attempt(ExceptionGroup("eg", [ValueError(1)]))
print("base exceptions")
attempt(BaseExceptionGroup("eg", [ValueError(1), SystemExit(2)]))
print("rest across two statements")
try:
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
        except* ValueError:
            print("  inner handled ValueError")
    except* TypeError as e:
        print("  outer got", repr(e))
except* KeyError as e:
    print("  outermost got", repr(e))
