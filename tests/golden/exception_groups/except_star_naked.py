# A plain exception meets except*: it is wrapped in ExceptionGroup('', [exc]).
import sys

try:
    raise ValueError("naked")
except* ValueError as e:
    print(type(e).__name__, repr(e), repr(e.message))
    print(e.exceptions[0].__traceback__ is not None, e.__traceback__)
    print(sys.exc_info()[1] is e)

try:
    raise KeyboardInterrupt
except* KeyboardInterrupt as e:
    print(type(e).__name__, repr(e))

try:
    try:
        raise ValueError(5)
    except* TypeError:
        print("not reached")
except ValueError as e:
    print("unmatched naked stays naked:", repr(e))

try:
    try:
        raise ValueError(6)
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("re-raised naked comes out wrapped:", repr(e))

try:
    try:
        raise ValueError(7)
    except* ValueError as e:
        raise TypeError(8)
except TypeError as e:
    print("raised in the handler comes out alone:", repr(e), repr(e.__context__))

try:
    try:
        raise ValueError(9)
    except* TypeError:
        pass
    except* ValueError as e:
        raise e
except ExceptionGroup as e:
    print("raise e:", repr(e))
