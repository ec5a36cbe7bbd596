# round() builtin: banker's rounding and ndigits.
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1234, -2), round(5.5, None))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(25, -1)).__name__, round(25, -1), round(35, -1))
prices = [19.995, 0.125, 1.005, 2.345]
print([round(p, 2) for p in prices], [f'{p:.2f}' for p in prices])
class Money:
    def __round__(self, n=None):
        return f'rounded with {n}'
print(round(Money()), round(Money(), 2))
for args in [('1.5',), (1.5, '1'), (float('inf'),), (float('nan'),), ()]:
    try:
        print(round(*args))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
