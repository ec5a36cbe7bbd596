# List and dict sizes while growing: CPython's over-allocation pattern.
import sys
items = []
sizes = []
for i in range(20):
    sizes.append(sys.getsizeof(items))
    items.append(i)
print(sizes)
changes = [(i, sizes[i]) for i in range(1, len(sizes)) if sizes[i] != sizes[i - 1]]
print(changes)
while items:
    items.pop()
print(sys.getsizeof(items))
d = {}
dsizes = []
for i in range(12):
    dsizes.append(sys.getsizeof(d))
    d[i] = i
print(dsizes)
s = {}
ssizes = []
for i in range(12):
    ssizes.append(sys.getsizeof(s))
    s['k' + str(i)] = i
print(ssizes)
big = list(range(1000))
print(sys.getsizeof(big), sys.getsizeof(big[:]), sys.getsizeof(big * 1))
