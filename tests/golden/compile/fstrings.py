x = 3.14159
name = 'world'
print(f'hello {name}!', f'{x:.2f}', f'{x!r}', f'{name!s:>8}', f'{{}}', f'{x:{4}.{2}}')
print(f'{name=}', f'{1+2=}', f"{'nested ' + f'{name}'}")
print(f'{ascii("é")}', f'{"é"!a}')
w = 10
print(f'{x:{w}.3f}|', f'{[1,2]}', f'{ {"a": 1}["a"] }')
print('a' 'b' f'{1}' 'c')
print(f'')
