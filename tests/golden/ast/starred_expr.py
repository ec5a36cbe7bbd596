print(*args)
x = [*a]
*a, b = c
