a = 257
b = 257
print(a is b)
def f():
    return 257
print(f() is a)
x = 1000
y = 999 + 1
print(x is y)
s1 = "hello world"
s2 = "hello " + "world"
print(s1 is s2, "hello world" is "hello " + "world")
print("x" * 10 is "x" * 10, 'a' * 4097 is 'a' * 4097)
t1 = (1, 2, (3, 4))
t2 = (1, 2, (3, 4))
print(t1 is t2, t1[2] is t2[2])
print(f.__code__.co_consts, 1 is 1.0, 0.0 is -0.0)
c = (1, 1.0, True, -0.0, 0.0)
print([type(v).__name__ for v in c], c)
import sys
print(sys.getrefcount(x))
def g():
    v = 1000
    return sys.getrefcount(v)
print(g())
print(sys.getsizeof([1, 2, 3]), sys.getsizeof([a, b, a]))
print(__debug__, -5 ** 2, 2 ** -1, 7 // 2, ~5, not 0, 'abc'[1], (1, 2) + (3,), 'ab' * 3)
print(3 in [1, 2, 3], 4 not in {1, 2}, [] == [])
print(2 ** 200, 1 << 100, (1,) * 3, "%s-%s" % (1, 2))
