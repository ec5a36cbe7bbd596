# Freeing a dict releases its entries in insertion order (keys and values
# entry by entry).


class Item:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  del', self.name)

    def __hash__(self):
        return hash(self.name)


d = {'first': Item('v1'), 'second': Item('v2'), 'third': Item('v3')}
print('del d')
del d

d = {'x': Item('x'), 'y': Item('y')}
d['z'] = Item('z')
d['x'] = Item('x-replaced')
print('d.clear()')
d.clear()

d = {Item('k1'): Item('val1'), Item('k2'): Item('val2')}
print('d = {}')
d = {}

d = dict(a=Item('a'), b=Item('b'), c=Item('c'))
print('pop b, popitem')
d.pop('b')
d.popitem()
print('del d')
del d

s = (Item('t0'), Item('t1'), Item('t2'))
print('del tuple')
del s
print('end')
