# sys.getrefcount needs exactly one argument; called with none, uncaught.
import sys


class C:
    pass


c = C()
print(sys.getrefcount(c))
try:
    sys.getrefcount(c, c)
except TypeError as e:
    print(type(e).__name__, e)
sys.getrefcount()
