# Floor division, modulo and divmod with every sign combination.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5), (1, 10), (-1, 10)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(f'{a:>3} // {b:>3} = {a // b:>3}   {a:>3} % {b:>3} = {a % b:>3}   divmod = {(q, r)}',
          q * b + r == a)
big = 10**30 + 7
print(big // 3, big % 3, divmod(-big, 7))
print(-big // -10**15, -big % 10**15)
print(divmod(2**100, -3))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1, 0.3))
print(5 % 3.0, -5 % 3.0, 5.0 // -3)
print(-0.0 % 5, 0.0 % -5, -1e-20 % 1.0)
print(True // 2, 5 // True, 5 % True, divmod(True, True))
for expr, f in [('1 // 0', lambda: 1 // 0), ('1 % 0', lambda: 1 % 0), ('divmod(1, 0)', lambda: divmod(1, 0)),
                ('(10**20) // 0', lambda: (10**20) // 0), ('0 % 0', lambda: 0 % 0)]:
    try:
        f()
    except ZeroDivisionError as e:
        print(expr, '->', type(e).__name__, e)
