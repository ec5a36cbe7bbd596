# Lambdas: sort keys, immediate calls, closures, default-argument capture.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: 'no args')(), (lambda *a, **k: (a, k))(1, z=2))
print(square)
pairs = [(1, 'one'), (3, 'three'), (2, 'two')]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: len(p[1])))
print(list(map(lambda x: x * 2, [1, 2, 3])), list(filter(lambda s: s.isupper(), ['A', 'b', 'C'])))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
print([ops[o](6, 3) for o in '+-*'])
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])
make_adder = lambda n: lambda x: x + n
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))
print((lambda x: (lambda y: x * y))(3)(4))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str.upper, str.strip)('  hi  '))
print((lambda: (yield))  .__name__, type(lambda: 0).__name__)
cond = lambda n: 'neg' if n < 0 else ('zero' if n == 0 else 'pos')
print([cond(n) for n in (-2, 0, 2)])
