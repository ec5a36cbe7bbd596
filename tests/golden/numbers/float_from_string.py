# float() from strings and numbers, with its error messages.
good = ['1.5', '  -2.25  ', '+3', '1e3', '1E-3', '.5', '5.', '1_000.5', 'inf', '-inf',
        'Infinity', '-INFINITY', 'nan', 'NaN', '-nan', '\t7\n', '10',
        '1e400', '-1e400', '1e-400', '00012.5', '٣.٥']
for s in good:
    print(repr(s), float(s))
print(float(), float(7), float(-2**70), float(True), float(b'2.5'), float(bytearray(b'1e1')))
bad = ['abc', '', ' ', '1.2.3', '1e', 'e5', '1_', '_1', '1__0', '0o10', 'infinit', '1,5',
       'nan(1)', '- 1', '1.5j', 'in f']
for s in bad:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
for v in [None, [1.0], 1j]:
    try:
        float(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
