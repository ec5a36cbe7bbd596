# Expressions inside f-strings: calls, indexing, quotes, nesting, multi-line.
user = {'name': 'Ada', 'langs': ['Python', 'C']}
print(f"{user['name']} knows {len(user['langs'])} languages: {', '.join(user['langs'])}")
print(f'{user["langs"][0].upper()}', f"{'nested ' + 'concat'}", f'''{"triple"}''')
print(f'{{braces}}', f'{{{1 + 1}}}', f'{{}}{{', f'}}')
print(f'{3 if True else 4}', f'{(lambda x: x * 2)(21)}', f'{[i * i for i in range(4)]}')
print(f'{f"{1 + 1}"}', f'{f"inner {2 * 3}"}', f'''{f"{f'{3}'}"}''')
print(f'{"-" * 10}', f'{sum(range(101))}', f'{max([3, 1, 2]) ** 2}')
a, b = 7, 3
print(f'{a} / {b} = {a / b:.3f}, {a} // {b} = {a // b}, {a} % {b} = {a % b}')
msg = (f'multi '
       f'part {a}'
       ' plain '
       f'{b}')
print(msg)
report = f"""
Name: {user['name']}
Langs: {user['langs']}
"""
print(report.strip())
print(f'{a}' f'{b}', F'{a:>3}', rf'\d{a}', fr'{b}\n')
x = 5
print(f'{x:{x}}|', f'{x!r}{x!s}', f'{(x, x)}', f'{x,}', f'{ x }')
print(f'{"a" "b"}', f'{"{"}{"}"}', f"{chr(34)}")
items = {'apple': 1.5, 'kiwi': 0.25}
for k, v in items.items():
    print(f'{k:.<10}{v:.>8.2f}')
print(f'{"yes" if items else "no"}', f'{not items}', f'{items.get("plum", "n/a")}')
