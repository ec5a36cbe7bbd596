# Rebinding a name: the new object is created first, then the old one dies.


class Version:
    def __init__(self, n):
        self.n = n
        print('create', n)

    def __del__(self):
        print('destroy', self.n)


v = Version(1)
v = Version(2)
print('after first rebinding')
v = Version(3)
print('after second rebinding')
v = None
print('after v = None')

# Augmented and tuple assignment.
p, q = Version('p1'), Version('q1')
p, q = q, p
print('swapped, nothing destroyed')
p, q = Version('p2'), Version('q2')
print('after tuple rebinding')

items = [Version('i0'), Version('i1')]
items[0] = Version('i0-new')
print('after item assignment')
items = None
print('end')
