# Which objects the cycle collector tracks.
import gc


class C:
    pass


class S:
    __slots__ = ('a',)


print('int, str, float, None:', gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked(1.5), gc.is_tracked(None))
print('object():', gc.is_tracked(object()))
print('instance, class:', gc.is_tracked(C()), gc.is_tracked(C))
print('slots instance:', gc.is_tracked(S()))
print('list, set:', gc.is_tracked([]), gc.is_tracked(set()))
print('dict of atoms:', gc.is_tracked({'a': 1}))
print('dict holding a list:', gc.is_tracked({'a': []}))
print('empty dict:', gc.is_tracked({}))
t = tuple([1, 2])
print('new tuple of atoms:', gc.is_tracked(t))
gc.collect()             # a collection untracks tuples holding only atoms
print('same tuple after a collection:', gc.is_tracked(t))
print('constant tuple after a collection:', gc.is_tracked((1, 2)))
print('tuple with a list:', gc.is_tracked(([],)))
print('function, lambda:', gc.is_tracked(len), gc.is_tracked(lambda: 0))
d = {}
print('dict before/after adding a list:', gc.is_tracked(d), end=' ')
d['k'] = []
print(gc.is_tracked(d))
