# Reference counts of groups and their parts around except*.
import sys

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
print(sys.getrefcount(eg))
leaf = eg.exceptions[0]
print(sys.getrefcount(leaf))


def handle():
    try:
        raise eg
    except* ValueError as e:
        print("in handler, match:", sys.getrefcount(e))
        print("in handler, leaf:", sys.getrefcount(leaf))
    except* TypeError as e:
        print("in handler, match:", sys.getrefcount(e))


handle()
eg.__traceback__ = None
print(sys.getrefcount(eg), sys.getrefcount(leaf))
whole = ExceptionGroup("whole", [KeyError()])
try:
    raise whole
except* KeyError as e:
    print("full match:", e is whole, sys.getrefcount(whole))
whole.__traceback__ = None
print(sys.getrefcount(whole))
m, r = eg.split(ValueError)
print(sys.getrefcount(m), sys.getrefcount(r), sys.getrefcount(leaf))
del m, r
print(sys.getrefcount(leaf))
