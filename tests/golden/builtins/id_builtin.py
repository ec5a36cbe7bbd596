# id(): identity as a number, compared but never printed.
a = [1, 2]
b = a
c = list(a)
print(type(id(a)).__name__, id(a) == id(b), id(a) == id(c), id(a) == id(a))
print((a is b) == (id(a) == id(b)), (a is c) == (id(a) == id(c)))
print(id(a) > 0, id(None) == id(None), id(len) == id(len))
before = id(a)
a.append(3)
print(id(a) == before)
s = 'text'
t = s
s += '!'
print(id(s) == id(t), t)
objects = [object() for _ in range(5)]
print(len({id(o) for o in objects}))
try:
    id()
except TypeError as e:
    print(type(e).__name__, e)
