# Exception chaining: __context__ is implicit, __cause__ is explicit.
def show(e):
    print(type(e).__name__, repr(str(e)))
    print('  cause   :', repr(e.__cause__))
    print('  context :', repr(e.__context__))
    print('  suppress:', e.__suppress_context__)
try:
    try:
        [][0]
    except IndexError:
        {}['key']
except KeyError as e:
    show(e)
try:
    try:
        int('abc')
    except ValueError as inner:
        raise RuntimeError('conversion failed') from inner
except RuntimeError as e:
    show(e)
    print('  same as context:', e.__cause__ is e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ArithmeticError('hidden') from None
except ArithmeticError as e:
    show(e)
try:
    try:
        raise ValueError('first')
    finally:
        raise TypeError('raised in finally')
except TypeError as e:
    show(e)
try:
    try:
        try:
            raise KeyError('a')
        except KeyError:
            raise ValueError('b')
    except ValueError:
        raise TypeError('c')
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(' <- '.join(chain))
e = ValueError('manual')
e.__cause__ = KeyError('set by hand')
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = 'not an exception'
except TypeError as err:
    print(type(err).__name__, err)
try:
    try:
        raise ValueError('same')
    except ValueError as v:
        raise v
except ValueError as e:
    print('re-raising the same object leaves context', e.__context__)
