# except* picks the matching parts of a group; each clause runs at most once.
import sys


def run(eg):
    try:
        raise eg
    except* ValueError as e:
        print("ValueError clause:", repr(e))
    except* (TypeError, KeyError) as e:
        print("TypeError/KeyError clause:", repr(e))
    except* Exception as e:
        print("Exception clause:", repr(e))
    print("after")


run(ExceptionGroup("eg", [ValueError(1), TypeError(2)]))
run(ExceptionGroup("eg", [KeyError(1), ValueError(2), ValueError(3)]))
run(ExceptionGroup("eg", [OSError(1), TypeError(2), ValueError(3)]))
run(ExceptionGroup("top", [ValueError(1), ExceptionGroup("inner", [KeyError(2), OSError(3)])]))

try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    print("no name; handled is", repr(sys.exc_info()[1]))
print("exc_info after:", sys.exc_info())

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("bound", repr(e), sys.exc_info()[1] is e)
except* TypeError as e:
    print("bound", repr(e), sys.exc_info()[1] is e)
try:
    e
except NameError as err:
    print("NameError:", err)

try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as e:
    del e
print("del in handler is fine")

whole = ExceptionGroup("whole", [ValueError(1)])
try:
    raise whole
except* ValueError as e:
    print("full match is the group itself:", e is whole)

for i in range(3):
    try:
        raise ExceptionGroup("loop", [ValueError(i)] * (i + 1))
    except* ValueError as e:
        print(i, len(e.exceptions))
        for x in range(2):
            if x:
                break
            continue
