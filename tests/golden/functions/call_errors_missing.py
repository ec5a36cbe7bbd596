# Messages for missing required arguments (1, 2, 3 and more) and their quoting.
def one(a):
    pass
def two(a, b):
    pass
def three(a, b, c):
    pass
def four(a, b, c, d):
    pass
def some_default(a, b, c=1):
    pass
class Greeter:
    def hello(self, name, greeting):
        pass
    @staticmethod
    def static(x):
        pass
    @classmethod
    def build(cls, spec):
        pass
cases = [
    lambda: one(), lambda: two(), lambda: two(1), lambda: three(), lambda: three(1),
    lambda: three(b=2), lambda: four(), lambda: four(1), lambda: some_default(),
    lambda: some_default(c=5), lambda: Greeter().hello(), lambda: Greeter().hello('x'),
    lambda: Greeter.hello(), lambda: Greeter.static(), lambda: Greeter.build(),
    lambda: (lambda x, y: 0)(), lambda: two(b=1),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(type(e).__name__, e)
