# Which strings are the same object: literals, the '' and Latin-1
# singletons, strings built at run time, and sys.intern (CPython 3.11).
import sys

a = 'hello'
b = 'hello'
print('equal identifier-like literals:', a is b)
c = ''.join(['hel', 'lo'])
print('built at run time:', c is a, c == a)
print('after sys.intern:', sys.intern(c) is a)
d = 'hello world!'[:5]
print('slice:', d, d is a)

x = chr(97)
y = 'a'
print("chr(97) is 'a':", x is y)
print("chr(97) is chr(97):", chr(97) is chr(97))
print("sys.intern(chr(97)) is 'a':", sys.intern(chr(97)) is y)
z = 'A'
print("chr(65) is 'A':", chr(65) is z)
print('chr(233) is chr(233):', chr(233) is chr(233))
print('chr(300) is chr(300):', chr(300) is chr(300))
e = ''
print("str() is '':", str() is e, ''.join([]) is e, 'abc'[1:1] is e)
s = 'xa'
print("'xa'[1] is chr(97):", s[1] is chr(97))

print('immortal refcounts:', sys.getrefcount(e) >= 10**9, sys.getrefcount(chr(200)) >= 10**9)
name = ''.join(['__in', 'it__'])
print('identifier refcount:', sys.getrefcount(sys.intern(name)) > 10**9)
w = ''.join(['mortal', '_string'])
print('interned string refcount:', sys.getrefcount(sys.intern(w)))

p = 'hello world'
q = 'hello world'
print('equal literals in one file:', p is q)
r = ''.join(['hello', ' world'])
print('built at run time:', r is p, sys.intern(r) is sys.intern(p))
try:
    sys.intern(b'x')
except TypeError as exc:
    print('TypeError:', exc)


class S(str):
    pass


try:
    sys.intern(S('x'))
except TypeError as exc:
    print('TypeError:', exc)
t = S('abc')
print(type(t).__name__, type(t + '').__name__, type(t.upper()).__name__, type(t[:]).__name__,
      type(str(t)).__name__, t == 'abc', hash(t) == hash('abc'))
print(t.__sizeof__(), 'abc'.__sizeof__())
