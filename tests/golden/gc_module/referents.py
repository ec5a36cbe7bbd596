# gc.get_referents / gc.get_referrers on built-in containers.
import gc
inner = [1, 2]
outer = [inner, 'text', 3]
# list and tuple traverse their items last to first
print([repr(r) for r in gc.get_referents(outer)], [repr(r) for r in gc.get_referents(('a', 'b'))])
print(len(gc.get_referents({'k': inner})), gc.get_referents(5), gc.get_referents('abc'))
print(any(r is outer for r in gc.get_referrers(inner)))
container = {'key': inner}
print(any(r is container for r in gc.get_referrers(inner)))
print([type(r).__name__ for r in gc.get_referents((inner, inner))])
def local_only():
    hidden = [object()]
    return [type(r).__name__ for r in gc.get_referrers(hidden[0])]
print(local_only())
