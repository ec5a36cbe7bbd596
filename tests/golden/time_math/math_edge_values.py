# math functions on infinities, nan, zeros and huge ints.
import math
inf, nan = math.inf, math.nan
print(math.isinf(inf), math.isnan(nan), math.isfinite(nan), math.isfinite(0.0))
print(math.sqrt(inf), math.exp(-inf), math.exp(inf), math.log(inf), math.atan(inf), math.tanh(-inf))
print(math.copysign(1, -0.0), math.copysign(0.0, -1), math.fabs(-0.0), math.sqrt(-0.0))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.0), math.modf(-0.0), math.modf(inf))
print(math.hypot(inf, nan), math.hypot(), math.hypot(-3), math.fsum([1e308, -1e308, 1e308]))
print(math.fsum([0.1, 0.2, 0.3]) == 0.6, 0.1 + 0.2 + 0.3 == 0.6, math.fsum([]))
print(math.isqrt(10**40 + 1), math.sqrt(10**40), math.log10(10**300), math.log2(2**1000))
print(math.gcd(2**100, 6**50), math.factorial(30) % (10**9 + 7), math.comb(100, 50))
print(math.isclose(1e-300, 0), math.isclose(inf, inf), math.isclose(nan, nan), math.isclose(-inf, inf))
print(math.pow(-8, 3), math.pow(2, -1074), math.pow(inf, 0), math.pow(1, nan))
print(math.frexp(0.0), math.frexp(-1.5), math.ldexp(1, -1075), math.ldexp(3, 2))
print(math.nan == math.nan, math.nan != math.nan, math.inf == float('inf'), -math.inf < -1e308)
for f in [lambda: math.pow(-8, 1 / 3), lambda: math.log(0.0), lambda: math.ldexp(1, 2000), lambda: math.fsum([inf, -inf]), lambda: math.fsum([1e308, 1e308, -1e308])]:
    try:
        print(f())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
