# Division by zero messages for int and float / // % divmod.
cases = [
    ('1 / 0', lambda: 1 / 0),
    ('1.0 / 0', lambda: 1.0 / 0),
    ('1 / 0.0', lambda: 1 / 0.0),
    ('0.0 / 0.0', lambda: 0.0 / 0.0),
    ('1 // 0', lambda: 1 // 0),
    ('1.0 // 0', lambda: 1.0 // 0),
    ('1 // 0.0', lambda: 1 // 0.0),
    ('1 % 0', lambda: 1 % 0),
    ('1.5 % 0', lambda: 1.5 % 0),
    ('1 % 0.0', lambda: 1 % 0.0),
    ('divmod(1, 0)', lambda: divmod(1, 0)),
    ('divmod(1.0, 0)', lambda: divmod(1.0, 0)),
    ('divmod(1, 0.0)', lambda: divmod(1, 0.0)),
    ('1j / 0', lambda: 1j / 0),
    ('(10**100) / 0', lambda: (10**100) / 0),
    ('True / False', lambda: True / False),
    ('5 // False', lambda: 5 // False),
    ('0 ** -1', lambda: 0 ** -1),
    ('0.0 ** -2', lambda: 0.0 ** -2),
]
for expr, f in cases:
    try:
        print(expr, '=', f())
    except ZeroDivisionError as e:
        print(expr, '->', type(e).__name__ + ':', e)
print(1 / 1e-320 > 1e300, 1e308 * 10, -1e308 * 10)
print(float('inf') / float('inf'), float('inf') - float('inf'), 0.0 * float('inf'))
print(1 / float('inf'), -1 / float('inf'), float('inf') // 1, float('inf') % 2)
print(5.0 % float('inf'), -5.0 % float('inf'))
