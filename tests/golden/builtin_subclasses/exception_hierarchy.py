# A hierarchy of application exceptions: handlers catch a base class, the
# first matching except clause wins.


class AppError(Exception):
    """Base class for the application's errors."""


class ConfigError(AppError):
    pass


class MissingKey(ConfigError, KeyError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key

    def __str__(self):
        return f'missing config key {self.key!r}'


class NetworkError(AppError):
    def __init__(self, host, retries=0):
        super().__init__(f'{host} unreachable after {retries} retries')
        self.host = host


def load(kind):
    if kind == 'key':
        raise MissingKey('port')
    if kind == 'net':
        raise NetworkError('db.local', retries=3)
    if kind == 'config':
        raise ConfigError('bad syntax on line 3')
    if kind == 'other':
        raise ValueError('not an AppError')
    return 'ok'


for kind in ('none', 'key', 'net', 'config', 'other'):
    try:
        print(kind, '->', load(kind))
    except ConfigError as e:
        print(kind, '-> config problem:', type(e).__name__, e)
    except AppError as e:
        print(kind, '-> app problem:', type(e).__name__, e)
    except Exception as e:
        print(kind, '-> other:', type(e).__name__, e)

try:
    load('key')
except KeyError as e:
    print('also a KeyError:', e, e.args)
print([c.__name__ for c in MissingKey.__mro__])
print(issubclass(MissingKey, LookupError), issubclass(NetworkError, ConfigError))
try:
    try:
        load('net')
    except ConfigError:
        print('not reached')
except (MissingKey, NetworkError) as e:
    print('tuple handler:', e.host)
