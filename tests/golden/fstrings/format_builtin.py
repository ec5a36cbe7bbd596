# format() builtin and __format__ of built-in types.
print(format(42), format(42, ''), format(42, 'd'), format(42, '5'), format(-42, '+'))
print(format(3.5), format(3.5, ''), format(3.5, '.3f'), format(1e100, '.1e'))
print(format('x'), format('x', '>3'), format(True), format(True, ''), format(True, 'd'))
print(format(None), format([1, 2]), format((1,), ''), format({'a': 1}))
print(format(1 + 2j), format(1 + 2j, '.2f'), format(-1j, '>10'), format(3j, 'g'))
print((42).__format__('x'), 'ab'.__format__('>4'), (2.5).__format__('e'))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        text = f'${self.cents // 100}.{self.cents % 100:02d}'
        return format(text, spec)
m = Money(12345)
print(format(m), format(m, '>12'), f'{m:*<12}|', '{:^12}|'.format(m))
class Plain:
    pass
p = Plain()
print(format(p, '') == str(p))
for args in [(p, 'x'), (None, 'd'), ([], '>5'), (1, 's'), ('s', 'd'), (1.5, 'd'), (1, ',s')]:
    try:
        print(format(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
