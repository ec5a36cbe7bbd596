# f-string conversions !r !s !a and how they combine with format specs.
name = 'Zoë'
items = ['a', "b'c"]
print(f'{name}', f'{name!s}', f'{name!r}', f'{name!a}')
print(f'{items}', f'{items!r}', f'{items!a}', f'{items!s}')
print(f'{3.5!r}', f'{None!s}', f'{True!r}', f'{b"x"!s}', f'{"中"!a}')
print(f'[{name!r:>10}]', f'[{name!s:<6}]', f'[{name!a:^12}]')
print(f'{chr(9)!r}', f'{chr(10)!a}')
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'
    def __str__(self):
        return f'({self.x}, {self.y})'
p = Point(1, 'two')
print(f'{p}', f'{p!r}', f'{p!s}', f'{p!a}', str(p), repr(p))
print(f'{[p]}', f'{(p,)!s}')
print('{0!r} {0!s} {0!a}'.format('é'))
print(f'{42!r:>5}', f'{-0.0!s}', f'{1e16!r}')
