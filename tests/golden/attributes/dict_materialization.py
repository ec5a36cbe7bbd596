# An instance's __dict__ is created on demand; once made it is the same
# object every time and stays in sync with attribute access.


class Item:
    def __init__(self):
        self.a = 1
        self.b = 2


i = Item()
d1 = i.__dict__
d2 = i.__dict__
print(d1 is d2, d1)
i.c = 3
print(d1)
d1['d'] = 4
print(i.d)
del i.a
print(d1, list(d1))
d1.clear()
print(hasattr(i, 'b'), vars(i))
i.e = 5
print(d1)

j = Item()
j.x = 'x'
j.a = 'again'
print(list(vars(j)))           # insertion order; reassigning keeps the position
del j.b
j.b = 'b'
print(list(vars(j)))

# Replacing the dict
k = Item()
old = k.__dict__
k.__dict__ = {'z': 26}
print(k.z, hasattr(k, 'a'), old)
try:
    del k.__dict__
    print('deleted __dict__', vars(k))
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

# Many instances of one class keep independent dicts.
items = [Item() for _ in range(3)]
items[0].a = 100
print([it.a for it in items], [len(vars(it)) for it in items])
