# format() and str() of complex numbers: none (repr-like), e f g n with precision, padding, signs, and the error messages.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))


values = [1+2j, 2j, -2j, complex(-0.0, -1), complex(0.0, -0.0), 1234.5+2j, complex(1e20, 1e-5),
          complex(float('nan'), float('inf')), 1.5-0.25j]
specs = ['', '>14', '<14', '^16', '.2f', 'g', '+.1f', 'e', '.3', ' ', '*>16', 'n', '#.0f', 'z.1f', ',']
for v in values:
    print(repr(v), str(v))
    for s in specs:
        show(f'format({v!r}, {s!r})', lambda: format(v, s))
for s in ['010', '=10', '%', 'd', 'xx']:
    show(f'format(1+2j, {s!r})', lambda: format(1+2j, s))
z = 3-4j
print(f'{z}|{z:.1f}|{z:>12}|{z.real:.1f}|{abs(z)}')
