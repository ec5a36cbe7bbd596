# raise with instances, classes, bare raise, raise from, raise from None.
try:
    raise ValueError('an instance')
except ValueError as e:
    print(repr(e))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
def reraise():
    try:
        int('x')
    except ValueError:
        print('  logging and re-raising')
        raise
try:
    reraise()
except ValueError as e:
    print('re-raised:', e)
try:
    try:
        {}['k']
    except KeyError as exc:
        raise LookupError('lookup failed') from exc
except LookupError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('clean') from None
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise TypeError('explicit cause') from KeyError('why')
except TypeError as e:
    print(repr(e.__cause__), e.__context__)
err = RuntimeError('saved')
try:
    raise err
except RuntimeError as e:
    print(e is err)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
for bad in [5, 'string', object]:
    try:
        raise bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    raise ValueError('x') from 5
except TypeError as e:
    print(type(e).__name__, e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise StopIteration
except Exception as e:
    print('raise of a class instantiates it:', repr(e))
