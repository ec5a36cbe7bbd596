# hasattr and getattr with a default swallow only AttributeError; other
# exceptions from properties or __getattr__ propagate.


class Sensor:
    @property
    def reading(self):
        raise ValueError('sensor offline')

    @property
    def status(self):
        raise AttributeError('no status yet')

    def __getattr__(self, name):
        if name == 'boom':
            raise RuntimeError('boom in __getattr__')
        raise AttributeError(name)


s = Sensor()
print(hasattr(s, 'status'), getattr(s, 'status', 'n/a'))
print(hasattr(s, 'other'), getattr(s, 'other', 'n/a'))
for name in ('reading', 'boom'):
    try:
        hasattr(s, name)
    except Exception as e:
        print('hasattr', name, '->', type(e).__name__, e)
    try:
        getattr(s, name, None)
    except Exception as e:
        print('getattr', name, '->', type(e).__name__, e)


# A property raising AttributeError falls back to __getattr__.
class Fallback:
    @property
    def value(self):
        raise AttributeError('value not ready')

    def __getattr__(self, name):
        return f'__getattr__ for {name}'


print(Fallback().value)
