# A metaclass's __new__ and __init__ run when a class statement finishes,
# with the class name, the bases and the namespace.


class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('Meta.__new__', mcls.__name__, name, [b.__name__ for b in bases],
              sorted(k for k in ns if not k.startswith('__')), ns.get('__qualname__'))
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = 'Meta'
        return cls

    def __init__(cls, name, bases, ns):
        print('Meta.__init__', name, cls.created_by)
        super().__init__(name, bases, ns)


print('before')


class Model(metaclass=Meta):
    print('body of Model')
    table = 'models'

    def save(self):
        return 'saved'


print('after Model')


class User(Model):
    table = 'users'


print(type(Model).__name__, type(User).__name__, User.created_by)
print(User().save(), isinstance(User, Meta), isinstance(User(), Meta))
print(Meta.__mro__)

# The metaclass can rewrite the namespace.
class Upper(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {}
        for k, v in ns.items():
            new_ns[k if k.startswith('__') else k.upper()] = v
        return super().__new__(mcls, name, bases, new_ns)


class Config(metaclass=Upper):
    host = 'localhost'
    port = 8080


print(hasattr(Config, 'host'), Config.HOST, Config.PORT)

# Creating a class through the metaclass directly.
Direct = Meta('Direct', (), {'x': 1})
print(Direct.x, Direct.created_by, type(Direct).__name__)
