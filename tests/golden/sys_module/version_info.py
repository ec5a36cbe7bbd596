# sys.version_info comparisons (never the exact patch level).
import sys
v = sys.version_info
print(v >= (3, 11), v < (4,), v[:2] == (3, 11), v.major, v.minor, v[0], len(v))
print(type(v).__name__, isinstance(v, tuple), v > (3, 10, 99), (3, 11) <= v)
print(sys.version.startswith('3.11'), type(sys.version).__name__, type(sys.hexversion).__name__)
print(sys.hexversion >> 16 == 0x30B, v.releaselevel in ('alpha', 'beta', 'candidate', 'final'))
major, minor, *rest = v
print(major, minor, len(rest))
if sys.version_info >= (3, 8):
    print('walrus operator available')
try:
    v.major = 4
except AttributeError as e:
    print(type(e).__name__, e)
