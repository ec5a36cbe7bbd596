# try/except*/else/finally in every combination of outcomes.
def run(label, raise_what):
    print(label)
    try:
        try:
            print("  body")
            if raise_what is not None:
                raise raise_what
        except* ValueError as e:
            print("  except* ValueError", repr(e))
        except* TypeError as e:
            print("  except* TypeError", repr(e))
            raise OSError("from handler")
        else:
            print("  else")
        finally:
            print("  finally")
    except BaseException as e:
        print("  escaped:", repr(e))


run("no exception", None)
run("handled", ExceptionGroup("g", [ValueError(1)]))
run("handler raises", ExceptionGroup("g", [TypeError(1)]))
run("unhandled", ExceptionGroup("g", [KeyError(1)]))
run("naked unhandled", KeyError(2))
run("mixed", ExceptionGroup("g", [ValueError(1), KeyError(2)]))


def returns_from_finally():
    try:
        raise ExceptionGroup("g", [KeyError(1)])
    except* ValueError:
        pass
    finally:
        return "finally wins"


print(returns_from_finally())


def else_returns():
    try:
        pass
    except* ValueError:
        pass
    else:
        return "from else"


print(else_returns())

for i in range(3):
    try:
        if i == 1:
            continue
        raise ExceptionGroup("g", [ValueError(i)])
    except* ValueError as e:
        print("loop", i, repr(e))
    finally:
        print("loop finally", i)
