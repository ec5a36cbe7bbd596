# Dict operations and the references they hold for keys and values.
import sys


class K:
    pass


k = K()
v = K()
kb, vb = sys.getrefcount(k), sys.getrefcount(v)


def extra():
    return sys.getrefcount(k) - kb, sys.getrefcount(v) - vb


d = {k: v}
print('{k: v}:', extra())
d2 = d.copy()
print('copy:', extra())
d2[k] = k
print('value replaced by k:', extra())
del d2
items = list(d.items())
print('list(d.items()):', extra())
del items
d.pop(k)
print('pop:', extra())
d.update({k: v, 'x': v})
print('update:', extra())
d.setdefault('y', v)
print('setdefault:', extra())
keys = d.keys()
print('a keys view holds only the dict:', extra())
d.clear()
print('clear:', extra())
e = dict.fromkeys([k, 'other'], v)
print('fromkeys:', extra())
