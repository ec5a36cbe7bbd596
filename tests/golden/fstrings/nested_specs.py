# Nested replacement fields inside format specs.
value = 3.14159265
for width in (6, 8, 10):
    for prec in (1, 3):
        print(f'[{value:{width}.{prec}f}]', end=' ')
    print()
fill, align = '*', '^'
print(f'[{"mid":{fill}{align}{11}}]', f'[{42:{"0"}{">"}{6}}]')
spec = '>10,.2f'
print(f'[{1234567.891:{spec}}]', format(1234567.891, spec))
print('[{:{}{}{}.{}}]'.format(2.71828, '_', '<', 12, 3))
print('[{0:{1}}] [{0:{fmt}}]'.format(255, 'x', fmt='08b'))
print('[{x:{w}.{p}}]'.format(x='truncate me', w=8, p=4))
columns = [('Name', 10, '<'), ('Score', 7, '>'), ('Grade', 7, '^')]
print(''.join(f'{title:{align}{w}}' for title, w, align in columns) + '|')
rows = [('Ada', 97.5, 'A'), ('Bob', 72.25, 'C')]
for name, score, grade in rows:
    print(f'{name:<10}{score:>7.1f}{grade:^7}|')
n = 5
print(f'{"x" * n:>{n * 2}}|', f'{n:{"+" if n > 0 else ""}}')
