# The built-in exception hierarchy, checked with isinstance/issubclass.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (ArithmeticError, Exception),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (FileNotFoundError, OSError), (PermissionError, OSError), (IsADirectoryError, OSError),
    (UnicodeDecodeError, UnicodeError), (UnicodeError, ValueError), (ModuleNotFoundError, ImportError),
    (StopIteration, Exception), (GeneratorExit, Exception), (GeneratorExit, BaseException),
    (KeyboardInterrupt, Exception), (SystemExit, BaseException), (Exception, BaseException),
    (TypeError, ValueError), (AssertionError, Exception), (IOError, OSError), (EnvironmentError, OSError),
    (bool, int), (TimeoutError, OSError), (ConnectionRefusedError, ConnectionError),
]
for sub, base in pairs:
    print(f'{sub.__name__:<22} {base.__name__:<16} {issubclass(sub, base)}')
print(IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])
print(ZeroDivisionError.__bases__, BaseException.__bases__)
def catch(exc):
    try:
        raise exc
    except LookupError:
        return 'LookupError handler'
    except ArithmeticError:
        return 'ArithmeticError handler'
    except Exception:
        return 'Exception handler'
    except BaseException:
        return 'BaseException handler'
for exc in [KeyError('k'), IndexError(), ZeroDivisionError(), ValueError(), SystemExit(0), KeyboardInterrupt()]:
    print(type(exc).__name__, '->', catch(exc))
print(isinstance(KeyError(), Exception), isinstance(SystemExit(), Exception), isinstance(1, BaseException))
print(issubclass(KeyError, (ValueError, LookupError)), issubclass(KeyError, (ValueError, TypeError)))
