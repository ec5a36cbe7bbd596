# sys.getrecursionlimit / sys.setrecursionlimit.
import sys
default = sys.getrecursionlimit()
print(default)
sys.setrecursionlimit(50)
print(sys.getrecursionlimit())
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print('depth reached with limit 50:', depth())
sys.setrecursionlimit(3000)
print('depth reached with limit 3000:', depth())
sys.setrecursionlimit(default)
print(sys.getrecursionlimit())
for bad in [0, -1, 1.5, None]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.getrecursionlimit(5)
except TypeError as e:
    print(type(e).__name__, e)
