# A small ORM-style model built with a metaclass and descriptors using
# __set_name__, the kind of code metaclasses are usually written for.


class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}, not {type(value).__name__}')
        obj.__dict__[self.name] = value


class ModelMeta(type):
    def __new__(mcls, name, bases, ns):
        fields = [k for k, v in ns.items() if isinstance(v, Field)]
        cls = super().__new__(mcls, name, bases, ns)
        inherited = []
        for base in bases:
            inherited += getattr(base, '_fields', [])
        cls._fields = inherited + fields
        return cls

    def __repr__(cls):
        return f'<model {cls.__name__} {cls._fields}>'


class Model(metaclass=ModelMeta):
    def __init__(self, **values):
        for k, v in values.items():
            if k not in self._fields:
                raise TypeError(f'unknown field {k!r}')
            setattr(self, k, v)

    def __repr__(self):
        inner = ', '.join(f'{f}={getattr(self, f)!r}' for f in self._fields)
        return f'{type(self).__name__}({inner})'


class User(Model):
    name = Field(str, '')
    age = Field(int, 0)


class Admin(User):
    level = Field(int, 1)


print(User, Admin, Model)
u = User(name='ann', age=30)
a = Admin(name='root', level=9)
print(u, a)
for bad in (lambda: User(age='old'), lambda: User(email='x')):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(User.name.kind.__name__, vars(u))
