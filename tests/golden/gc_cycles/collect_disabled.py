# gc.disable() stops automatic collection only: cycles pile up, reference
# counting still frees acyclic garbage, and gc.collect() still works.
import gc

gc.collect()


class Node:
    count = 0

    def __init__(self):
        Node.count += 1

    def __del__(self):
        Node.count -= 1


print('enabled at start:', gc.isenabled())
gc.disable()
print('enabled after disable:', gc.isenabled())

for i in range(2000):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
del a, b
print('live nodes after the loop:', Node.count)

plain = [Node() for i in range(10)]
del plain
print('acyclic nodes are freed at once:', Node.count)

print('collect ->', gc.collect())
print('live nodes after collect:', Node.count)
gc.enable()
print('enabled again:', gc.isenabled())
gc.disable()
gc.disable()
print('disable twice is fine:', gc.isenabled())
gc.enable()
