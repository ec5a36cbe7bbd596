# getrefcount of run-time objects held by names: +1 per name, +1 for the argument.
import sys
a = [1, 2, 3]
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
c = b
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
c = None
print(sys.getrefcount(a))
n = int('1000')
print(sys.getrefcount(n))
m = n
print(sys.getrefcount(n), sys.getrefcount(m))
d = dict(x=1)
print(sys.getrefcount(d))
alias = d
del d
print(sys.getrefcount(alias))
s = ''.join(['run', '-', 'time', ' ', 'string'])
print(sys.getrefcount(s))
t = s
print(sys.getrefcount(s))
f = float('2.5')
g = f
print(sys.getrefcount(f))
print(sys.getrefcount([]), sys.getrefcount(int('5000')), sys.getrefcount(object()))
