# gc.is_tracked: which objects the cycle collector follows.
import gc
# a full collection first: it untracks the constant tuples the compiler made (until then they are tracked)
gc.collect()
samples = [
    ('int', 5), ('big int', 10**30), ('float', 1.5), ('str', 'text'), ('bytes', b'x'), ('None', None),
    ('True', True), ('object()', object()), ('empty tuple', ()), ('constant tuple', (1, 2)),
    ('empty list', []), ('list of ints', [1, 2]), ('empty dict', {}), ('dict of atoms', {'a': 1}),
    ('dict with a list', {'a': []}), ('set', set()), ('frozenset', frozenset()), ('function', len),
    ('lambda', lambda: 0), ('class', int), ('range', range(3)), ('bytearray', bytearray()),
    ('generator', (x for x in ())), ('slice', slice(1)),
]
for label, obj in samples:
    print(f'{label:<17} {gc.is_tracked(obj)}')
d = {}
print('empty dict', gc.is_tracked(d))
d['x'] = 1
print('after adding an int', gc.is_tracked(d))
d['y'] = []
print('after adding a list', gc.is_tracked(d))
runtime = tuple([1, 2, 3])
print('run-time tuple of atoms', gc.is_tracked(runtime))
gc.collect()
print('after a collection', gc.is_tracked(runtime))
mixed = tuple([1, []])
gc.collect()
print('run-time tuple holding a list, after a collection', gc.is_tracked(mixed))
class Plain:
    pass
print('instance', gc.is_tracked(Plain()))
try:
    gc.is_tracked()
except TypeError as e:
    print(type(e).__name__, e)
