# What every class inherits from object: __eq__/__ne__/__hash__ by identity,
# __str__ falling back to __repr__, __init_subclass__, __format__.


class Plain:
    pass


a = Plain()
b = Plain()
print(a == a, a == b, a != b, a != a)
print(hash(a) == hash(a), a.__eq__(b), a.__ne__(a))
print(str(a) == repr(a), format(a, '') == str(a))
try:
    format(a, 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print(a.__lt__(b), Plain.__init_subclass__(), a.__reduce_ex__ is not None)
print(sorted(n for n in dir(object) if n.startswith('__') and n in dir(a)) == sorted(dir(object)))
print([n for n in dir(a) if not n.startswith('__')])
print(len(set(dir(a)) - set(dir(object))), sorted(set(dir(a)) - set(dir(object))))


class Repr:
    def __repr__(self):
        return 'Repr()'


print(str(Repr()), f'{Repr()}', format(Repr()))


class Str:
    def __str__(self):
        return 'just str'


s = Str()
print(str(s), repr(s) == object.__repr__(s))
