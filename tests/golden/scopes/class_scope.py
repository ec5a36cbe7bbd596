# Class bodies are a scope that methods and (most of) comprehensions cannot see.
class Config:
    prefix = 'cfg'
    names = ['a', 'b']
    upper = [n.upper() for n in names]
    def show(self):
        try:
            return prefix
        except NameError as e:
            return f'NameError: {e}'
    def show_via_self(self):
        return self.prefix, Config.prefix
print(Config.upper, Config().show(), Config().show_via_self())
try:
    class Broken:
        factor = 3
        values = [factor * i for i in range(3)]
except NameError as e:
    print(type(e).__name__, e)
class Works:
    factor = 3
    values = [i for i in range(factor)]
print(Works.values)
x = 'module x'
class Shadow:
    x = 'class x'
    y = x
    def method(self):
        return x
print(Shadow.y, Shadow().method())
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a, b = Counter(), Counter()
print(a.id, b.id, Counter.count)
def factory():
    local_value = 'from function'
    class Inner:
        attr = local_value
        def get(self):
            return local_value
    return Inner
Inner = factory()
print(Inner.attr, Inner().get(), Inner.__qualname__)
class Outer:
    class Nested:
        pass
    ref = Nested
print(Outer.ref.__qualname__)
