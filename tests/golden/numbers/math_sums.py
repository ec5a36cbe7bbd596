# math.fsum (exact), hypot (n arguments), dist, isclose: results as CPython's, and their errors.
import math


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))


print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([1, 2**-1074, -1]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum(range(10)), math.fsum([float('nan')]))
show('fsum([1e308, 1e308])', lambda: math.fsum([1e308, 1e308]))
show('fsum([inf, -inf])', lambda: math.fsum([float('inf'), -float('inf')]))
show("fsum(['a'])", lambda: math.fsum(['a']))
show('fsum(1)', lambda: math.fsum(1))
print(math.hypot(), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(-3), math.hypot(1e308, 1e308))
print(math.hypot(float('inf'), float('nan')), math.hypot(1e-320, 1e-320), math.hypot(0.1, 0.2, 0.3))
show("hypot(1, 'a')", lambda: math.hypot(1, 'a'))
show('hypot(x=1)', lambda: math.hypot(x=1))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], (4, 6, 8)), math.dist((1.5,), (-2.5,)))
show('dist((0, 0), (3,))', lambda: math.dist((0, 0), (3,)))
show('dist(1, 2)', lambda: math.dist(1, 2))
show('dist((1,))', lambda: math.dist((1,)))
print(math.isclose(1, 1.0000000001), math.isclose(1, 2, abs_tol=1), math.isclose(float('inf'), float('inf')),
      math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9))
show('isclose(1, 2, rel_tol=-1)', lambda: math.isclose(1, 2, rel_tol=-1))
show('isclose(1, 2, 3)', lambda: math.isclose(1, 2, 3))
show('isclose(1)', lambda: math.isclose(1))
