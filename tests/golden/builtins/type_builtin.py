# type() of objects with one argument; type() call errors.
for v in [1, 1.5, 1j, 'a', b'a', None, True, [], (), {}, set(), frozenset(), range(1), len, print,
          type, object, ValueError(), iter([]), (x for x in []), slice(1), ..., NotImplemented]:
    print(type(v).__name__, type(v))
print(type(5) is int, type(True) is bool, type(True) is int, type(type(5)) is type, type(int) is type)
class Custom:
    pass
c = Custom()
print(type(c), type(c).__name__, type(c) is Custom, type(Custom), type(c)() is not c)
print(type('x')('built from type'), type(5)('42') + 1, type([])('ab'))
for args in [(), (1, 2), (1, 2, 3, 4), ('Name', 'bases', {})]:
    try:
        print(type(*args))
    except TypeError as e:
        print(type(e).__name__, e)
