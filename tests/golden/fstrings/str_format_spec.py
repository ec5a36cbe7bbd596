# Format specs for strings: alignment, fill, width, truncation.
s = 'python'
print(f'[{s}]', f'[{s:10}]', f'[{s:<10}]', f'[{s:>10}]', f'[{s:^10}]', f'[{s:^11}]')
print(f'[{s:*<10}]', f'[{s:->10}]', f'[{s:.^11}]', f'[{s:0>10}]', f'[{s:#^10}]')
print(f'[{s:.3}]', f'[{s:10.3}]', f'[{s:>10.2}]', f'[{s:.0}]', f'[{s:.10}]')
print(f'[{s:3}]', f'[{"":5}]', f'[{"":.0}]', f'[{"中文":>6}]', f'[{"中文":*^7}]')
print(f'[{s:s}]', f'[{s:>8s}]', format(s, ''), format(s, '^8'))
for name, lang in [('Guido', 'Python'), ('Larry', 'Perl'), ('Matz', 'Ruby')]:
    print(f'| {name:<8}| {lang:^10}| {len(lang):>3} |')
print(f'[{None!s:>6}]', f'[{[1, 2]!s:^10}]', f'[{str([1, 2]):>8}]')
print('{:>{w}}|{:<{w}}|'.format('a', 'b', w=4))
