# Cycles whose objects define __del__ are collected (PEP 442): every
# finalizer runs once, in the collector's list order, then the objects are
# freed. gc.garbage stays empty.
import gc

gc.collect()


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  __del__', self.name, '-> partner', self.partner.name)


a = Resource('a')
b = Resource('b')
a.partner = b
b.partner = a
del a, b
print('cycle dropped, nothing printed yet')
print('collect ->', gc.collect())
print('garbage:', gc.garbage)

# Created in the other order.
second = Resource('second')
first = Resource('first')
first.partner = second
second.partner = first
del first, second
print('collect ->', gc.collect())

# Only one member of the cycle has __del__.
class Plain:
    pass


r = Resource('with-del')
p = Plain()
p.name = 'plain'
r.partner = p
p.partner = r
del r, p
print('collect ->', gc.collect())
