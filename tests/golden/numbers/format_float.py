# format() and f-strings of floats: e E f F g G n % and none, precision, '#', 'z', signs, padding, grouping, inf/nan, and the error messages.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))


values = [0.0, -0.0, 1.0, 1.5, 2.5, -2.5, 0.1, 1234.5, -1234567.125, 1e16, 1e-5, 1e22,
          123.456, 5e-324, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 1/3]
specs = ['', '10', '<12', '^12', '=+12', '012', 'e', 'E', '.0e', '#.0e', '.3e', 'f', 'F', '.0f',
         '#.0f', '.2f', 'g', 'G', '.0g', '#g', '.3g', '.10g', 'n', '%', '.1%', '.2', '.0', '.17',
         'z', 'z.2f', '+', ' ', ',', ',.2f', '_.3f', '012,.1f']
for v in values:
    for s in specs:
        show(f'format({v!r}, {s!r})', lambda: format(v, s))
for s in ['d', 'c', 'x', 'xx', ',n', '.2s']:
    show(f'format(1.5, {s!r})', lambda: format(1.5, s))
show("format(1.0, '.1000f')[-5:]", lambda: format(1.0, '.1000f')[-5:])
show("len(format(1e300, 'f'))", lambda: len(format(1e300, 'f')))
pi = 3.141592653589793
print(f'{pi}|{pi:.2f}|{pi:10.3f}|{pi:<10.3}|{pi:e}|{pi:%}|{pi:+.1f}|{-pi:08.2f}')
print('{:.3f} {:g} {:.2e} {:>8.1f}'.format(pi, 1e-5, 12345.678, 2.25))
print('%f %.2f %e %g %G %10.3f %-10.1f|' % (pi, pi, pi, 1e-10, 1e20, pi, pi))
