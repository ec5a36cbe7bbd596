# The = specifier (self-documenting expressions).
x = 10
name = 'Ada'
values = [1, 2, 3]
print(f'{x=}', f'{name=}', f'{values=}')
print(f'{x = }', f'{x= }', f'{x =}')
print(f'{x * 2 + 1=}', f'{len(values)=}', f'{values[-1]=}')
print(f'{name=!s}', f'{name=!r}', f'{name=!a}', f'{"é"=!a}')
print(f'{x=:>6}', f'{x=:08.3f}', f'{name=:*^9}')
print(f'{3.14159=:.2f}', f'{x=!r:>4}')
pi = 3.14159
width = 10
print(f'{pi=:{width}.3f}|')
def f(n):
    return n * n
print(f'{f(4)=}', f'{f(x) // 3 = }')
print(f'{x=}{name=}')
print(f'{ x = }')
