# Converting between str, int and float, and the errors of mixing types.
age = 36
print('Age: ' + str(age), 'Pi: ' + str(3.14), 'Big: ' + str(10**20), str(-0.0), str(True))
print(int('36') + 1, float('2.5') * 2, int(float('3.9')), str(int('007')))
print(str(1e16), str(1.0), str(100.0), str(1e-7), str(0.1 + 0.2))
print(repr(str(5)), repr(5), str([1, 'a']), str(None), str(b'x'), str((1,)))
print('3' * 3, 3 * '3', int('3') * 3, '3' + '3', '-' * 0, 'ab' * -2)
print(list(map(int, '1 2 3'.split())), [float(x) for x in ['1', '2.5', '1e3']])
print(sum(int(d) for d in str(2**100)), len(str(2**100)))
print(str(12345)[::-1], int(str(12345)[::-1]))
print(int('  -17  '), float(' 1e-3 '), str(float(int('5'))))
total = 0
for token in '10 20 x 30 4.5'.split():
    try:
        total += int(token)
    except ValueError as e:
        print('skipping', repr(token), '-', e)
print('total', total)
for f in [lambda: 'Age: ' + 36, lambda: 36 + ' years', lambda: '3' * 2.0, lambda: '3' - 1,
          lambda: 'a' * 'b', lambda: 'x' + None, lambda: 'x' + b'y', lambda: '5' < 6,
          lambda: [1] + 'a', lambda: 'a' + [1], lambda: -'5', lambda: '%d' % '5']:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
