# Literal constants carry references from co_consts and the parser's arena while a script runs.
import sys
x = 1000
print('x = 1000 at module level:', sys.getrefcount(x))
print('literal argument 1001:', sys.getrefcount(1001))
def local():
    v = 1002
    return sys.getrefcount(v)
print('function local 1002:', local())
s = "hello there"
print('module string literal:', sys.getrefcount(s))
r = int('1000')
print('int(\'1000\') made at run time:', sys.getrefcount(r))
print('same value, different objects:', r == x, r is x)
y = x
print('x after y = x:', sys.getrefcount(x))
z = 2.75
print('float literal:', sys.getrefcount(z))
w = float('2.75')
print('float made at run time:', sys.getrefcount(w))
big = 123456789012345678901234567890
print('big literal:', sys.getrefcount(big))
t = (7001, 7002)
print('constant tuple:', sys.getrefcount(t))
