# printf-style % formatting: conversions, width/precision, dict form, errors.
print('%s is %d years old' % ('Ada', 36))
print('%s|%r|%a' % ('é', 'é', 'é'))
print('%d %i %u' % (42, -42, 7), '%d' % 3.99, '%d' % True)
print('%x %X %o %#X %#o' % (255, 255, 8, 255, 8), '%#x' % 255 == '0' + 'xff', '%#x' % -1 == '-0' + 'x1')
print('%e %E %f %F %g %G' % (12345.678, 12345.678, 1.5, 1.5, 0.00001234, 1e20))
print('%c%c%c' % (72, 'i', 0x263A))
print('[%5d] [%-5d] [%05d] [%+d] [% d]' % (42, 42, 42, 42, 42))
print('[%8.3f] [%-8.2f] [%08.2f] [%.0f] [%.10f]' % (3.14159, 3.14159, -3.14159, 2.5, 0.1))
print('[%10s] [%-10s] [%.3s] [%10.3s]' % ('right', 'left', 'truncate', 'both'))
print('[%*d] [%-*d] [%.*f]' % (6, 1, 6, 2, 2, 3.14159))
print('%(name)s scored %(score).1f%%' % {'name': 'Alan', 'score': 97.25})
print('%(x)s %(x)r %(y)05d' % {'x': 'dup', 'y': 7})
print('100%% sure', '%s' % [1, 2], '%s' % ((1, 2),), '%r' % (None,), '%s%%' % 50)
print('%.2e' % 0, '%g' % 1e16, '%g' % 123456789, '%.3g' % 2.5e-5, '%#g' % 1.0, '%#.0f' % 3)
print('%s' % 'x' * 3, '%d items' % len([1, 2, 3]))
print('%5.1f%%' % 12.345, '%-6s|' % 'ab', '%+.2e' % -12345)
for fmt, args in [('%d', 'x'), ('%d %d', (1,)), ('%d', (1, 2)), ('%z', 1), ('%(a)s', (1,)),
                  ('%(a)s', {}), ('%c', 'ab'), ('%c', 1114112), ('%x', 1.5), ('%', ()),
                  ('%f', 'x'), ('%s %s', 'ab'), ('%*d', ('a', 1))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
