# math errors: domain and range errors, bad argument types. Ends with an uncaught ValueError.
import math
cases = [
    ('sqrt(-1)', lambda: math.sqrt(-1)),
    ('log(0)', lambda: math.log(0)),
    ('log(-1)', lambda: math.log(-1)),
    ('log(10, 1)', lambda: math.log(10, 1)),
    ('log10(-5)', lambda: math.log10(-5)),
    ('acos(2)', lambda: math.acos(2)),
    ('exp(1000)', lambda: math.exp(1000)),
    ('pow(10.0, 1000)', lambda: math.pow(10.0, 1000)),
    ('pow(0, -1)', lambda: math.pow(0, -1)),
    ('factorial(-1)', lambda: math.factorial(-1)),
    ('factorial(1.5)', lambda: math.factorial(1.5)),
    ('factorial(5.0)', lambda: math.factorial(5.0)),
    ('isqrt(-1)', lambda: math.isqrt(-1)),
    ('comb(-1, 2)', lambda: math.comb(-1, 2)),
    ('gcd(1.5, 2)', lambda: math.gcd(1.5, 2)),
    ('floor("x")', lambda: math.floor('x')),
    ('sqrt("4")', lambda: math.sqrt('4')),
    ('sqrt()', lambda: math.sqrt()),
    ('sqrt(1, 2)', lambda: math.sqrt(1, 2)),
    ('floor(inf)', lambda: math.floor(math.inf)),
    ('ceil(nan)', lambda: math.ceil(math.nan)),
    ('fmod(1, 0)', lambda: math.fmod(1, 0)),
    ('sqrt(10**400)', lambda: math.sqrt(10 ** 400)),
    ('log(10**400)', lambda: math.log(10 ** 400)),
    ('dist((1,), (1, 2))', lambda: math.dist((1,), (1, 2))),
]
for label, f in cases:
    try:
        print(label, '=', f())
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
print(math.sqrt(-4))
