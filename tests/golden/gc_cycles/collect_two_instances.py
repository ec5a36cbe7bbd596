# Two instances referring to each other are not freed by reference counting;
# gc.collect() finds them and returns how many unreachable objects it found.
import gc

gc.collect()      # start from a clean state (the result depends on start-up)


class Node:
    pass


a = Node()
b = Node()
a.partner = b
b.partner = a
print('collect with the cycle still named:', gc.collect())
del a, b
print('collect after del:', gc.collect())
print('collect again:', gc.collect())

# A single instance referring to itself.
me = Node()
me.self_ref = me
del me
print('self-referencing instance:', gc.collect())

# Three instances in a ring.
x, y, z = Node(), Node(), Node()
x.next, y.next, z.next = y, z, x
del x, y, z
print('ring of three:', gc.collect())

# Breaking the cycle by hand lets reference counting free everything.
p, q = Node(), Node()
p.other, q.other = q, p
p.other = None
del p, q
print('after breaking the cycle:', gc.collect())
print('garbage list:', gc.garbage)
