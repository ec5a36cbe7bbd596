# repr and str of exceptions with zero, one and several arguments.


class AppError(Exception):
    pass


class Detailed(Exception):
    def __repr__(self):
        return f'Detailed<{self.args}>'


for e in (ValueError(), ValueError('bad'), ValueError('bad', 2), KeyError('k'),
          KeyError(), KeyError('a', 'b'), AppError('x'), Detailed(1, 2),
          StopIteration(5), OSError(2, 'No such file'), SystemExit(3),
          ZeroDivisionError('division by zero'), Exception(None), Exception('')):
    print(f'{type(e).__name__:18} repr={e!r:36} str={e!s}')
print([ValueError('in list')], (KeyError('t'),))
print(repr(ValueError("quote's")), repr(ValueError('multi\nline')))
