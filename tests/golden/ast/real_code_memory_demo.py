import sys
import gc

a = []
b = a
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))

class Node:
    def __init__(self):
        self.ref = self

n = Node()
del n
print(gc.collect())
x = 256
y = 256
print(x is y)
s1 = "hello"
s2 = "hel" + "lo"
print(s1 is s2)
