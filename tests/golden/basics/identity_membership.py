# is / is not / in / not in with run-time objects.
a = [1, 2, 3]
b = a
c = list(a)
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))
x = None
print(x is None, x is not None)
print(2 in a, 5 in a, 5 not in a, not 5 in a)
print('ell' in 'hello', 'x' in 'hello', '' in 'abc', '' in '')
print('k' in {'k': 1}, 1 in {'k': 1}, 1 in {1: 'k'})
print(3 in (1, 2, 3), 3 in {3}, 3 in range(5), 5 in range(5))
print(1 in [1.0], True in [1], 0 in [False])
nan = float('nan')
print(nan in [nan], nan == nan, [nan] == [nan])
print([] in [[]], [[]] in [[[]]])
print(b'b' in b'abc', 98 in b'abc')
try:
    print(1 in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 in 'abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([] in {1: 2})
except TypeError as e:
    print(type(e).__name__, e)
t = True
f = False
print(t is True, f is False, (1 == 1) is t)
