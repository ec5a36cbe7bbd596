# format() and f-strings of ints: every presentation type, fill/align/width, signs, '#', zero padding, grouping, and the error messages.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))


values = [0, 7, -7, 255, -255, 1234567, -1234567, 2**70, True]
specs = ['', 'd', '5', '<6', '^7', '>7', '=7', '*^9', '+', ' ', '05', '010', '0=10',
         'x', 'X', '#x', '#X', '#010x', 'o', '#o', 'b', '#b', '_b', '_x', '#012_x',
         ',', '_', '012,', '0=012,', 'n', 'c', 'e', '.2f', '%', 'g']
for v in values:
    for s in specs:
        show(f'format({v!r}, {s!r})', lambda: format(v, s))
for s in ['.2', 'z', 's', 'xx', ',b', '_n', '+c', '#c', ',c']:
    show(f'format(65, {s!r})', lambda: format(65, s))
show("format(-1, 'c')", lambda: format(-1, 'c'))
show("format(0x110000, 'c')", lambda: format(0x110000, 'c'))
show("format(10**400, 'e')", lambda: format(10**400, 'e'))
show("(255).__format__(5)", lambda: (255).__format__(5))
x = 1234
print(f'{x}|{x:>8}|{x:<8}|{x:^8}|{x:08}|{x:+}|{x:,}|{x:_x}|{x:#b}|{x!r:>6}')
print('{:d} {:x} {:o} {:b} {:>5}'.format(42, 255, 8, 5, 3))
print('%d %5d %-5d| %x %X %o %e %+d' % (42, 42, 42, 255, 255, 8, 42, 42))
