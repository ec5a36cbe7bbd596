# Members printed in a group: repeated ones, chained ones, failing str(), a SyntaxError.
v = ValueError("shared")
try:
    raise v
except ValueError as e:
    shared = e
def inner():
    try:
        raise ExceptionGroup("ctx group", [KeyError("k")])
    except ExceptionGroup:
        raise TypeError("during")
try:
    inner()
except TypeError as t:
    te = t
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("no str")
s = SyntaxError("bad syntax", ("f.py", 3, 5, "x = = 1\n", 3, 6))
eg = ExceptionGroup("outer", [shared, shared, te, Weird(), s, ExceptionGroup("one", [ValueError("x\ny")])])
raise eg
