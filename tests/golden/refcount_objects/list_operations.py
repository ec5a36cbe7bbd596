# List operations that add or drop references to the items.
import sys


class C:
    pass


a = C()
base = sys.getrefcount(a)


def extra():
    return sys.getrefcount(a) - base


L = [a] * 5
print('[a] * 5:', extra())
M = L[1:3]
print('slice of two:', extra())
N = L.copy()
print('copy of five:', extra())
del M, N
L.append(a)
L.insert(0, a)
print('append + insert:', extra())
L.pop()
L.remove(a)
print('pop + remove:', extra())
L[0] = None
print('replace one slot:', extra())
del L[0:2]
print('del L[0:2]:', extra())
L.extend([a, a])
print('extend by two:', extra())
L.reverse()
L.sort(key=id)
print('reverse/sort do not change it:', extra())
L *= 2
print('L *= 2:', extra())
L.clear()
print('clear:', extra())
