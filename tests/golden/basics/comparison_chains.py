# Comparison chains evaluate each operand once and stop early.
def v(x):
    print('eval', x)
    return x

print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2)
print(1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0)
print(1 < 2 <= 2 < 3 != 4 == 4 >= 1)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) < v(5) > v(2) == v(2))
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 == 5.0)
print('a' < 'b' < 'c', 'abc' < 'abd', 'Z' < 'a', '' < 'a')
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), [1] == [1.0])
print(1 < 2 in [2, 3], 2 in [2] in [[2]])
print(None == None, None != 0, 0 == False, 1 == True, 2 == True)
print(1.0 == 1, float('nan') == float('nan'), 0.0 == -0.0)
try:
    print(1 < 'a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None < 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({} <= {})
except TypeError as e:
    print(type(e).__name__, e)
