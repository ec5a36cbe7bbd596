# Validating descriptors: each field checks values on assignment and keeps
# them in the instance __dict__ under its own name.


class Typed:
    expected = object

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return obj.__dict__[self.name]
        except KeyError:
            raise AttributeError(f'{type(obj).__name__}.{self.name} is not set') from None

    def __set__(self, obj, value):
        if not isinstance(value, self.expected):
            raise TypeError(f'{self.name} expects {self.expected.__name__}, got {type(value).__name__}')
        self.validate(value)
        obj.__dict__[self.name] = value

    def validate(self, value):
        pass


class String(Typed):
    expected = str


class Positive(Typed):
    expected = int

    def validate(self, value):
        if value <= 0:
            raise ValueError(f'{self.name} must be positive, got {value}')



class Product:
    name = String()
    price = Positive()
    quantity = Positive()

    def __init__(self, name, price, quantity):
        self.name = name
        self.price = price
        self.quantity = quantity

    @property
    def value(self):
        return self.price * self.quantity


p = Product('pen', 3, 10)
print(p.name, p.price, p.quantity, p.value)
for bad in (lambda: Product(5, 1, 1), lambda: Product('x', -1, 1), lambda: setattr(p, 'quantity', 2.5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
blank = Product.__new__(Product)
try:
    blank.name
except AttributeError as e:
    print(type(e).__name__, e)
print(vars(p))
