# __getattr__ defined on a class handles instance lookups only; for lookups
# on the class itself it must be defined on the metaclass.


class Meta(type):
    def __getattr__(cls, name):
        if name.startswith('find_by_'):
            field = name[len('find_by_'):]
            return lambda value: [r for r in cls.rows if r.get(field) == value]
        raise AttributeError(f'{cls.__name__} has no query {name!r}')


class Table(metaclass=Meta):
    rows = [{'name': 'ann', 'age': 30}, {'name': 'bob', 'age': 25}, {'name': 'cy', 'age': 30}]

    def __getattr__(self, name):
        return f'instance fallback {name}'


print(Table.find_by_age(30))
print(Table.find_by_name('bob'))
try:
    Table.other
except AttributeError as e:
    print(type(e).__name__, e)
t = Table()
print(t.find_by_age)
print(hasattr(Table, 'find_by_x'), hasattr(Table, 'zzz'))


class Plain:
    def __getattr__(self, name):
        return 'instance only'


print(Plain().x)
try:
    Plain.x
except AttributeError as e:
    print(type(e).__name__, e)
