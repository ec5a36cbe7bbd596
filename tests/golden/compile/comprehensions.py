print([x * 2 for x in range(5) if x % 2 == 0])
print({x: x ** 2 for x in range(4)})
print({c for c in 'hello'} == set('helo'))
print([(x, y) for x in range(3) for y in 'ab' if x])
x = 'outer'
print([x for x in range(3)], x)
print([y for y in [1, 2]][-1])
def f():
    n = 10
    return [i + n for i in range(3)]
print(f())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
print([total := 0, [total := total + v for v in range(4)], total])
def g():
    if any((w := v) > 2 for v in range(5)):
        return w
print(g())
print([[j for j in range(i)] for i in range(3)])
print([v for v in [[1, 2], [3]] for v in v])
lst = [lambda: i for i in range(3)]
print([fn() for fn in lst])
print(list(map(lambda a, b=2: a * b, [1, 2])))
print((lambda *a, **k: (a, k))(1, x=2))
