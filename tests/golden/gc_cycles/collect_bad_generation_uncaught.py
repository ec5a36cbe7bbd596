# gc.collect() with a generation out of range ends the script.
import gc


class Node:
    pass


n = Node()
n.self = n
del n
print('collect ->', gc.collect() >= 1)
print('collect(3):')
gc.collect(3)
