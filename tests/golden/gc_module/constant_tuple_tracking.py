# Tuples of atoms start tracked and are untracked by the first collection that examines them.
import gc
def consts():
    return (1, 2, 3)
t = consts()
built = tuple(range(3))
nested = ((1, 2), ('a', 'b'))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(built), gc.is_tracked(nested), gc.is_tracked(nested[0]))
holder = ([],)
gc.collect()
print(gc.is_tracked(holder))
holder[0].append(1)
pair = (holder, 5)
gc.collect()
print(gc.is_tracked(pair))
