# Which built-in exception classes carry __new__ and __init__ in their own
# __dict__ (CPython names BaseException's functions again in most of them),
# and the message that shows it.
import builtins

classes = sorted(n for n in dir(builtins)
                 if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
print("with __new__:", [n for n in classes if "__new__" in vars(getattr(builtins, n))])
print("with __init__:", [n for n in classes if "__init__" in vars(getattr(builtins, n))])
print(ValueError.__init__ is BaseException.__init__, ValueError.__new__ is BaseException.__new__)
for new_of, cls in [(Exception, ExceptionGroup), (ValueError, KeyError), (LookupError, int)]:
    try:
        new_of.__new__(cls)
    except TypeError as e:
        print(e)
