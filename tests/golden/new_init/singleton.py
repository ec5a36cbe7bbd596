# Singletons and instance caches built with __new__; note that __init__
# still runs on every call.


class Config:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print('creating the only Config')
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, path='default.cfg'):
        print('Config.__init__', path)
        self.path = path


a = Config()
b = Config('other.cfg')
print(a is b, a.path, b.path)


class Logger:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.lines = []
        return cls._instance

    def log(self, msg):
        self.lines.append(msg)


Logger().log('one')
Logger().log('two')
print(Logger().lines, Logger() is Logger())


class Colour:
    _cache = {}

    def __new__(cls, name):
        key = name.lower()
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.name = key
            cls._cache[key] = obj
            print('new colour', key)
        return cls._cache[key]

    def __repr__(self):
        return f'Colour({self.name!r})'


red1 = Colour('red')
red2 = Colour('RED')
blue = Colour('blue')
print(red1 is red2, red1 is blue, sorted(Colour._cache))
print([Colour('Blue'), Colour('green')])


class SubConfig(Config):
    pass


print(SubConfig() is a, type(SubConfig()).__name__)
