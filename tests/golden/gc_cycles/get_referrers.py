# gc.get_referrers() finds the containers that refer to an object: lists,
# dicts, instances holding it as an attribute — not frame locals.
import gc


class Item:
    def __repr__(self):
        return 'Item()'


class Box:
    pass


def inside_function():
    it = Item()
    print('only a local:', gc.get_referrers(it))
    holder = [it]
    refs = gc.get_referrers(it)
    print('held by a list:', len(refs), refs[0] is holder, refs)
    box = Box()
    box.content = it
    refs = gc.get_referrers(it)
    print('list and instance:', len(refs), [type(r).__name__ for r in refs])
    d = {'k': it}
    refs = gc.get_referrers(it)
    print('kinds:', sorted(type(r).__name__ for r in refs))
    holder.clear()
    del box
    refs = None
    refs = gc.get_referrers(it)
    print('after clearing:', [type(r).__name__ for r in refs], refs[0] is d)


inside_function()

g = Item()
glist = [g]
refs = gc.get_referrers(g)
print('global object:', sorted(type(r).__name__ for r in refs))
print('the module dict is one of them:', any(r is globals() for r in refs))
print('no arguments:', gc.get_referrers())
