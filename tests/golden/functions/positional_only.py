# Positional-only parameters (/) and keyword-only parameters (*).
def power(base, exp, /, mod=None):
    return pow(base, exp, mod)
print(power(2, 10), power(2, 10, 1000), power(3, 4, mod=5))
def mixed(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(mixed(1, 2, 3, e=5))
print(mixed(1, 2, c=3, d=40, e=50, f=60))
print(mixed(1, 2, 3, 4, e=5, f=6))
def takes_kwargs(a, /, **kw):
    return a, kw
print(takes_kwargs(1, a=2, b=3))
cases = [
    lambda: power(base=2, exp=3),
    lambda: power(2, exp=3),
    lambda: mixed(1, b=2, c=3, e=5),
    lambda: mixed(1, 2, 3, 4, 5),
    lambda: mixed(1, 2, 3),
    lambda: mixed(1, 2),
    lambda: mixed(a=1, b=2, c=3, e=4),
]
for f in cases:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(divmod(7, 2), len('abc'))
try:
    len(obj='abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(a=7, b=2)
except TypeError as e:
    print(type(e).__name__, e)
