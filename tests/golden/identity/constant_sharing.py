# Constants are shared across the whole file (one compilation unit), functions included.
a = 257
b = 257
print(a is b)
def returns_257():
    return 257
print(returns_257() is a)
c = 1000
d = 999 + 1
print(c is d, c == d)
s = 'hello world'
t = 'hello world'
print(s is t)
def greeting():
    return 'hello world'
print(greeting() is s)
u = '中文'
v = '中文'
print(u is v)
p = (1, 2)
q = (1, 2)
empty = ()
print(p is q, empty is tuple(), tuple() is tuple([]))
f1 = 1.5
f2 = 1.5
print(f1 is f2)
def nested():
    def inner():
        return 1.5, 'hello world', 257
    return inner()
values = nested()
print(values[0] is f1, values[1] is s, values[2] is a)
x = 'x' * 10
y = 'xxxxxxxxxx'
print(x is y)
long1 = 'a' * 4097
long2 = 'a' * 4097
print(long1 == long2, long1 is long2)
r1 = int('257')
print(r1 is a, r1 == a)
