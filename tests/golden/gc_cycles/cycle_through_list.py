# Cycles through containers: each container in the cycle counts as an
# unreachable object.
import gc

gc.collect()


class Owner:
    def __init__(self):
        self.items = []


o = Owner()
o.items.append(o)             # instance -> list -> instance
del o
print('instance and its list:', gc.collect())

lst = []
lst.append(lst)
del lst
print('list containing itself:', gc.collect())

d = {}
d['me'] = d
del d
print('dict containing itself:', gc.collect())

a = [1, 2]
b = [a]
a.append(b)
del a, b
print('two lists:', gc.collect())

o = Owner()
o.items.append({'back': (o,)})   # instance -> list -> dict -> tuple -> instance
del o
print('instance, list, dict, tuple:', gc.collect())

class Tree:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


root = Tree()
for i in range(3):
    Tree(root)
del root
print('tree with parent links (4 nodes, 4 lists):', gc.collect())
