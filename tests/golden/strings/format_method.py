# str.format basics in tutorial style (the fstrings area covers the mini-language).
print('{} + {} = {}'.format(2, 3, 2 + 3))
print('{0} {1} {0}'.format('a', 'b'))
print('{name} is {age}'.format(name='Ada', age=36))
print('{:>8}|{:<8}|{:^8}|'.format('r', 'l', 'c'))
print('{:.2f} {:,} {:08.3f} {:x} {:b}'.format(3.14159, 1234567, -3.5, 255, 5))
point = (3, 4)
print('x={0[0]} y={0[1]}'.format(point))
person = {'first': 'Grace', 'last': 'Hopper'}
print('{p[first]} {p[last]}'.format(p=person), '{first}-{last}'.format(**person))
print('{{literal braces}} {}'.format('ok'), '{:{w}}|'.format('pad', w=6))
rows = [('Ada', 1815), ('Grace', 1906), ('Alan', 1912)]
for name, year in rows:
    print('{:<6} born {:>5}'.format(name, year))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'))
print('{0.real} {0.imag}'.format(3 + 4j))
print(format(1234.5, ',.1f'), format('x', '*^5'), format(42))
