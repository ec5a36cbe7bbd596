# math's integer functions: factorial, gcd, lcm, isqrt, comb, perm, prod, with their error messages.
import math


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))


for n in [0, 1, 5, 20, 25, 50]:
    print(n, math.factorial(n))
print(len(str(math.factorial(1000))), math.factorial(True))
show('factorial(-1)', lambda: math.factorial(-1))
show('factorial(1.0)', lambda: math.factorial(1.0))
show("factorial('5')", lambda: math.factorial('5'))
show('factorial(10**20)', lambda: math.factorial(10**20))
print(math.gcd(), math.gcd(12), math.gcd(-4), math.gcd(12, 18, 27), math.gcd(0, 0), math.gcd(2**70, 2**65))
print(math.lcm(), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6))
show('gcd(1.5)', lambda: math.gcd(1.5))
show("gcd(1, 'a')", lambda: math.gcd(1, 'a'))
print(math.isqrt(0), math.isqrt(17), math.isqrt(10**40), math.isqrt(2**101))
show('isqrt(-1)', lambda: math.isqrt(-1))
show('isqrt(2.0)', lambda: math.isqrt(2.0))
print(math.comb(5, 2), math.comb(5, 7), math.comb(10**20, 2), math.comb(100, 50))
show('comb(-1, 2)', lambda: math.comb(-1, 2))
show('comb(5, -1)', lambda: math.comb(5, -1))
show('comb(1.5, 1)', lambda: math.comb(1.5, 1))
show('comb(1)', lambda: math.comb(1))
print(math.perm(5), math.perm(5, 2), math.perm(5, 7), math.perm(5, None), math.perm(30, 10))
show('perm(-1)', lambda: math.perm(-1))
show('perm(5, -1)', lambda: math.perm(5, -1))
show('perm()', lambda: math.perm())
print(math.prod([1, 2, 3]), math.prod([]), math.prod([1, 2], start=2), math.prod([1.5, 2]),
      math.prod(range(1, 21)), math.prod([2, 'a']), math.prod(iter([1, 2]), start=1.5))
show("prod('ab')", lambda: math.prod('ab'))
show('prod(1)', lambda: math.prod(1))
show('prod()', lambda: math.prod())
show('prod([1], 2)', lambda: math.prod([1], 2))
