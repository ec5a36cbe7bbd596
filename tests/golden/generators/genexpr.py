# Generator expressions are lazy and single-use.
squares = (n * n for n in range(5))
print(type(squares).__name__, next(squares), list(squares), list(squares))
print(sum(n * n for n in range(10)), max(len(w) for w in ['a', 'abc', 'ab']))
print(any(n > 3 for n in [1, 5]), all(n > 0 for n in [1, -1]), min((n % 7 for n in range(20, 30))))
def noisy(n):
    print('  producing', n)
    return n
lazy = (noisy(n) for n in range(3))
print('nothing produced yet')
print(next(lazy))
print('then', list(lazy))
pairs = ((a, b) for a in range(3) for b in range(a) if (a + b) % 2)
print(list(pairs))
words = ['alpha', 'beta', 'gamma']
print(', '.join(w.upper() for w in words), dict((w, len(w)) for w in words))
print(sorted((w for w in words), key=len, reverse=True))
data = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(1 for x in data if x > 3), list(x for x in data if x % 2 == 0))
nested = (x for x in (y * 2 for y in range(4)))
print(list(nested))
gen = (x for x in [1, 2])
print(iter(gen) is gen, tuple(gen))
try:
    (1 / x for x in [1, 0])
    print('no error until iterated')
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
