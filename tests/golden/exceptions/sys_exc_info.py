# sys.exc_info() inside and outside handlers.
import sys
print(sys.exc_info())
try:
    raise ValueError('inside')
except ValueError:
    etype, evalue, tb = sys.exc_info()
    print(etype.__name__, evalue, type(tb).__name__, tb.tb_lineno)
print(sys.exc_info())
def helper():
    return sys.exc_info()[1]
try:
    raise KeyError('seen from a called function')
except KeyError:
    print(repr(helper()))
try:
    try:
        raise TypeError('outer')
    except TypeError:
        try:
            raise IndexError('inner')
        except IndexError:
            print(repr(sys.exc_info()[1]))
        print(repr(sys.exc_info()[1]))
finally:
    print(sys.exc_info()[0])
def gen():
    try:
        raise RuntimeError('in generator')
    except RuntimeError:
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]
g = gen()
print(repr(next(g)), repr(next(g)))
