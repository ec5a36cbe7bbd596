# The name bound by "except ... as e" is deleted at the end of the handler.
try:
    1 / 0
except ZeroDivisionError as e:
    print('inside handler:', e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
e = 'an existing value'
try:
    raise ValueError('shadow')
except ValueError as e:
    pass
print('e' in globals())
saved = None
try:
    raise KeyError('keep me')
except KeyError as e:
    saved = e
print(repr(saved))
def in_function():
    try:
        raise RuntimeError('local')
    except RuntimeError as exc:
        message = str(exc)
    try:
        return exc
    except UnboundLocalError as err:
        return f'{type(err).__name__}: {err} / message kept: {message}'
print(in_function())
try:
    pass
except Exception as never_bound:
    pass
print('never_bound' in globals())
