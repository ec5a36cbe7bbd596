# del, rebinding and container removal release references.
import sys
data = list(range(5))
refs = [data]
keep = {'data': data}
print(sys.getrefcount(data))
del refs[0]
print(sys.getrefcount(data))
keep['data'] = None
print(sys.getrefcount(data))
popped_holder = [data, data]
item = popped_holder.pop()
print(sys.getrefcount(data))
del item
print(sys.getrefcount(data))
popped_holder[0] = 'replaced'
print(sys.getrefcount(data))
ref = data
ref = 'rebound'
print(sys.getrefcount(data))
stack = []
for _ in range(4):
    stack.append(data)
print(sys.getrefcount(data))
while stack:
    stack.pop()
print(sys.getrefcount(data))
d = {1: data, 2: data}
d.pop(1)
print(sys.getrefcount(data))
d.popitem()
print(sys.getrefcount(data))
