# A finalizer that resurrects a cycle: collect() returns 0 and the objects
# survive; once released again they are collected without a second __del__.
import gc

gc.collect()
saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  __del__', self.name)
        saved.append(self)


a = Phoenix('a')
b = Phoenix('b')
a.peer = b
b.peer = a
del a, b
print('first collect ->', gc.collect())
print('resurrected:', sorted(p.name for p in saved))
print('finalized flags:', [gc.is_finalized(p) for p in saved])
saved.clear()
print('second collect ->', gc.collect())
print('saved:', saved)

# Resurrecting only one member keeps the whole cycle alive.
keeper = []


class Half:
    def __init__(self, name, keep):
        self.name = name
        self.keep = keep

    def __del__(self):
        print('  __del__', self.name)
        if self.keep:
            keeper.append(self)


x = Half('x keeps itself', True)
y = Half('y', False)
x.peer = y
y.peer = x
del x, y
print('collect ->', gc.collect())
print('alive through x:', keeper[0].peer.name)
keeper.clear()
print('collect ->', gc.collect())
