# try/except/else/finally in every combination; which blocks run and in what order.
def attempt(x):
    print(f'attempt({x!r})')
    try:
        print('  try')
        result = 10 / x
    except ZeroDivisionError:
        print('  except ZeroDivisionError')
        result = None
    except TypeError as e:
        print('  except TypeError:', e)
        result = 'bad type'
    else:
        print('  else')
    finally:
        print('  finally')
    print('  after, result =', result)
attempt(2)
attempt(0)
attempt('x')
def only_finally(fail):
    try:
        print('  try body')
        if fail:
            raise ValueError('inner failure')
    finally:
        print('  finally body')
only_finally(False)
try:
    only_finally(True)
except ValueError as e:
    print('caught outside:', e)
try:
    print('try without error')
except Exception:
    print('not printed')
else:
    print('else runs when no exception')
try:
    pass
finally:
    print('finally with pass')
for i in range(3):
    try:
        if i == 1:
            continue
        print('loop body', i)
    finally:
        print('loop finally', i)
try:
    try:
        raise KeyError('k')
    finally:
        print('inner finally runs before outer except')
except KeyError as e:
    print('outer except', repr(e))
try:
    {}['missing']
except (KeyError, IndexError) as e:
    print('lookup failed:', type(e).__name__)
else:
    print('not printed')
finally:
    print('cleanup')
