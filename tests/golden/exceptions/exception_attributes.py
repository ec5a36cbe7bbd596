# args, str() and repr() of exceptions with zero, one and several arguments.
for e in [ValueError(), ValueError('msg'), ValueError('a', 2), ValueError(42), ValueError(None),
          KeyError('k'), KeyError(), KeyError('a', 'b'), IndexError('i'), OSError(2, 'No such file'),
          Exception(['list']), ZeroDivisionError('custom')]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError('original')
e.args = ('replaced', 1)
print(e, e.args)
err = Exception('with note')
err.extra = 'custom attribute'
print(err.extra, err.__traceback__)
try:
    raise err
except Exception as caught:
    print(caught.__traceback__ is not None, type(caught.__traceback__).__name__)
print(BaseException.__name__, Exception.__doc__.splitlines()[0])
print(str(KeyError('x')), str(KeyError("x'y")), str(KeyError(1)), str(IndexError('x')))
oserr = OSError(2, 'No such file or directory')
print(oserr.errno, oserr.strerror, oserr.filename, str(oserr), type(oserr).__name__)
fnf = FileNotFoundError(2, 'No such file or directory', 'missing.txt')
print(fnf.errno, fnf.filename, str(fnf), isinstance(fnf, OSError))
print(OSError(2, 'x').__class__.__name__, OSError('just text').errno)
u = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(str(u), u.start, u.end, u.reason)
s = SystemExit(3)
print(s.code, s.args, SystemExit().code, SystemExit('msg', 2).code)
st = StopIteration('v')
print(st.value, KeyboardInterrupt().args)
n = NameError('name', name='x')
print(n.name, AttributeError('a', name='n', obj=5).obj)
