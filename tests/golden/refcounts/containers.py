# Each container slot that holds an object is one reference.
import sys
obj = [0]
print('name only', sys.getrefcount(obj))
L = [obj, obj]
print('twice in a list', sys.getrefcount(obj))
L.append(obj)
print('three times', sys.getrefcount(obj))
L.pop()
print('after pop', sys.getrefcount(obj))
t = (obj,)
print('in a tuple', sys.getrefcount(obj))
d = {'k': obj}
print('as a dict value', sys.getrefcount(obj))
key = tuple(['key'])
d2 = {key: key}
print('key tuple as key and value', sys.getrefcount(key))
st = {key}
print('and in a set', sys.getrefcount(key))
nested = [[obj]]
print('in a nested list', sys.getrefcount(obj))
L.clear()
print('after clear', sys.getrefcount(obj))
del t, d, nested
print('after del of holders', sys.getrefcount(obj))
d2.clear()
st.discard(key)
print('key after clear/discard', sys.getrefcount(key))
many = [obj] * 10
print('list of ten', sys.getrefcount(obj))
many = None
print('list dropped', sys.getrefcount(obj))
copy = list(L) + [obj]
print('copy holds it', sys.getrefcount(obj))
