# Raising inside except* clauses: new exceptions join what is re-raised.
import sys


def attempt(label, body):
    try:
        body()
    except BaseException as e:
        print(label, "->", repr(e))
        return e


def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


e = attempt("raise new", raise_new)
print("  context of the new one:", repr(e.exceptions[0].__context__))
print("  traceback of the outer group:", e.__traceback__ is not None)


def reraise_bare():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise


attempt("bare raise", reraise_bare)


def raise_matched():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


attempt("raise e", raise_matched)


def raise_in_two():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("from V")
    except* TypeError:
        raise IndexError("from T")


attempt("raise in two clauses", raise_in_two)


def mixed():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise KeyError("new")


attempt("bare raise and raise new", mixed)


def raise_group():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise ExceptionGroup("fresh", [KeyError(5)])


attempt("raise a group", raise_group)


def raise_from():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("translated") from e


e = attempt("raise from", raise_from)
print("  cause:", repr(e.__cause__))


def raise_base():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise SystemExit(3)


attempt("raise a BaseException", raise_base)


def nested_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            print("  inner handled; exc_info:", repr(sys.exc_info()[1]))
        print("  back in except*; exc_info:", repr(sys.exc_info()[1]))


attempt("nested try", nested_handler)
print("exc_info at the end:", sys.exc_info())
