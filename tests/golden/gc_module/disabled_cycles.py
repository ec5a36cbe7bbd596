# With automatic collection disabled, cycles pile up until gc.collect().
import gc
gc.collect()
gc.disable()
for i in range(100):
    node = {'id': i}
    node['self'] = node
    pair = [i]
    pair.append([pair])
del node, pair
print('found after 100 iterations:', gc.collect())
gc.enable()
print('enabled again:', gc.isenabled(), gc.collect())
def make_garbage(n):
    for _ in range(n):
        a = []
        a.append(a)
gc.disable()
make_garbage(25)
print(gc.collect())
gc.enable()
