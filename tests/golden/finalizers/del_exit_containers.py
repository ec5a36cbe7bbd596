# Finalization order at exit for objects held in containers. At exit
# CPython collects everything __main__ held, in the gc list order: creation
# order, except that an object created before the container that holds it
# is moved behind everything else (lists and tuples visit their items last
# to first, dicts and instances first to last).
import gc

gc.collect()     # generation 0 starts empty: no automatic collection before exit


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('__del__', self.name)


lst = [D('in-list-1'), D('in-list-2')]
a = D('a')
a.child = D('a.child')
t = (D('in-tuple-1'), D('in-tuple-2'))
d = {'k1': D('in-dict-1'), 'k2': D('in-dict-2')}
b = D('b')
print('end of script')
