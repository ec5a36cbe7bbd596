# getattr, setattr, hasattr and delattr: defaults and errors.


class Config:
    debug = False

    def __init__(self):
        self.level = 3


c = Config()
print(getattr(c, 'level'), getattr(c, 'debug'), getattr(c, 'missing', None), getattr(c, 'missing', 0))
print(hasattr(c, 'level'), hasattr(c, 'debug'), hasattr(c, 'missing'), hasattr(Config, 'level'))
setattr(c, 'level', 5)
setattr(c, 'new', [1])
print(c.level, c.new)
delattr(c, 'new')
print(hasattr(c, 'new'))
for name in ('level', 'debug', 'verbose'):
    print(name, getattr(c, name, '<unset>'))
print(getattr(Config, '__name__'), getattr(5, 'real'), getattr('abc', 'upper')())
getter = getattr(c, '__init__')
print(type(getter).__name__)


def attempt(fn, *args):
    try:
        print(fn(*args))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


attempt(getattr, c)
attempt(getattr, c, 'x', 1, 2)
attempt(getattr, c, 5)
attempt(getattr, c, 'missing')
attempt(setattr, c, 'x')
attempt(setattr, c, None, 1)
attempt(hasattr, c)
attempt(hasattr, c, 1)
attempt(delattr, c, 'missing')
attempt(delattr, c, 2)
attempt(getattr, c, 'missing', None)
