# Meta.__call__ runs when the class is called: it decides whether __new__
# and __init__ run.


class Traced(type):
    def __call__(cls, *args, **kwargs):
        print(f'creating {cls.__name__} with {args} {kwargs}')
        obj = super().__call__(*args, **kwargs)
        print(f'created {cls.__name__}')
        return obj


class Point(metaclass=Traced):
    def __new__(cls, *args, **kwargs):
        print('Point.__new__')
        return super().__new__(cls)

    def __init__(self, x, y=0):
        print('Point.__init__', x, y)
        self.x, self.y = x, y


p = Point(1, y=2)
print(p.x, p.y)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Database(metaclass=Singleton):
    def __init__(self):
        print('connecting once')
        self.queries = 0


class Cache(metaclass=Singleton):
    pass


a = Database()
b = Database()
a.queries += 1
print(a is b, b.queries, Cache() is Cache(), Cache() is a)
print(sorted(c.__name__ for c in Singleton._instances))


class NoInstances(type):
    def __call__(cls, *args):
        return f'{cls.__name__} called with {args}'


class Weird(metaclass=NoInstances):
    def __init__(self):
        print('never runs')


print(Weird(1, 2))
print(type(Weird(3)))
