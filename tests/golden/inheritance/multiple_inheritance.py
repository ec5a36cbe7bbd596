# Multiple inheritance: the first base listed wins when several define a name.


class Flyer:
    def move(self):
        return 'fly'

    def fly_speed(self):
        return 10


class Swimmer:
    def move(self):
        return 'swim'

    def swim_speed(self):
        return 3


class Duck(Flyer, Swimmer):
    pass


class Penguin(Swimmer, Flyer):
    def fly_speed(self):
        return 0


d = Duck()
p = Penguin()
print(d.move(), d.fly_speed(), d.swim_speed())
print(p.move(), p.fly_speed(), p.swim_speed())
print([c.__name__ for c in Duck.__mro__])
print([c.__name__ for c in Penguin.__mro__])
print(isinstance(d, Flyer), isinstance(d, Swimmer), issubclass(Penguin, Flyer))


class LoggingMixin:
    def log(self, msg):
        self.messages = getattr(self, 'messages', [])
        self.messages.append(f'[{type(self).__name__}] {msg}')


class JsonMixin:
    def to_json(self):
        items = ', '.join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items())
                          if k != 'messages')
        return '{' + items + '}'


class User(LoggingMixin, JsonMixin):
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.log('created')


u = User('ann', 30)
u.log('saved')
print(u.messages)
print(u.to_json())
print([c.__name__ for c in User.__mro__])

# Attributes from different bases.
class A:
    x = 'A.x'


class B:
    x = 'B.x'
    y = 'B.y'


class C(A, B):
    pass


print(C.x, C.y)
