# __setattr__ intercepts every assignment, including those in __init__.


class Validated:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def __setattr__(self, name, value):
        print(f'  __setattr__({name!r}, {value!r})')
        if name == 'age' and value < 0:
            raise ValueError('age must be >= 0')
        super().__setattr__(name, value)


v = Validated('ann', 30)
v.age += 1
print(v.name, v.age)
try:
    v.age = -5
except ValueError as e:
    print(type(e).__name__, e)
setattr(v, 'nick', 'a')
print(sorted(vars(v)))
v.__dict__['direct'] = 1          # bypasses __setattr__
object.__setattr__(v, 'bypass', 2)
print(v.direct, v.bypass)


class Frozen:
    def __init__(self, x, y):
        object.__setattr__(self, 'x', x)
        object.__setattr__(self, 'y', y)

    def __setattr__(self, name, value):
        raise AttributeError(f'cannot assign {name!r}: {type(self).__name__} is frozen')

    def __delattr__(self, name):
        raise AttributeError(f'cannot delete {name!r}: {type(self).__name__} is frozen')

    def __repr__(self):
        return f'Frozen({self.x}, {self.y})'


f = Frozen(1, 2)
print(f)
for action in (lambda: setattr(f, 'x', 5), lambda: delattr(f, 'y')):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    f.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(f)


class Tracked:
    def __init__(self):
        self._changes = []
        self.value = 0

    def __setattr__(self, name, value):
        if name != '_changes':
            self._changes.append(name)
        object.__setattr__(self, name, value)


t = Tracked()
t.value = 1
t.other = 2
t.value += 1
print(t._changes, t.value)
