x = 1
if x is 1:
    print('is literal')
if x is not ():
    print('is not literal')
def f():
    return x is 'a'
print(f())
try:
    (1, 2)(3)
except TypeError as e:
    print(e)
try:
    [1, 2][1, 2]
except TypeError as e:
    print(e)
assert (x, 'never fails')
print('end')
