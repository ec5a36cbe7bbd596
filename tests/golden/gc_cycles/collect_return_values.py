# What gc.collect() counts: every unreachable object of the cycle, including
# materialised instance __dict__s and function attribute dicts.
import gc

gc.collect()


class C:
    pass


def report(label):
    print(f'{label}: {gc.collect()}')


report('nothing')
a, b = C(), C()
a.v, b.v = b, a
del a, b
report('two instances')

a, b = C(), C()
a.v, b.v = b, a
a.__dict__
b.__dict__          # reading __dict__ materialises a dict object
del a, b
report('two instances with materialised __dict__')

a, b = C(), C()
a.v, b.v = b, a
vars(a)
del a, b
report('one __dict__ materialised')


def f():
    pass


f.me = f
del f
report('function referring to itself')
lst = [[], [], []]
lst.append(lst)
del lst
report('self list with three empty lists')
t = ([],)
t[0].append(t)
del t
report('tuple and list')
report('nothing again')
