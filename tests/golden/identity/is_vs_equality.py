# is compares identity, == compares value.
a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b, a is c, a is not b)
x = None
print(x is None, x == None, type(None)() is None)
flag = 1 == 1
print(flag is True, bool(1) is True, bool([]) is False)
e1 = ...
print(e1 is Ellipsis, type(e1)() is Ellipsis)
n = NotImplemented
print(n is NotImplemented)
empty1 = tuple()
empty2 = tuple([])
empty_literal = ()
print(empty1 is empty2, empty1 is empty_literal)
empty_bytes = b''
empty_str = ''
print(frozenset() is frozenset(), bytes() is empty_bytes, str() is empty_str)
nan = float('nan')
values = [nan]
print(nan == nan, nan is nan, nan in values, values == [nan], values == [float('nan')])
class Box:
    def __eq__(self, other):
        return True
box = Box()
five = 5
print(box == 5, box is five, [box] == [5], 5 in [box])
t1 = (a,)
t2 = (a,)
print(t1 == t2, t1 is t2, t1[0] is t2[0])
copy = a[:]
print(copy == a, copy is a)
def identity(obj):
    return obj
print(identity(a) is a, identity(None) is None)
