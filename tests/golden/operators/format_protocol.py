# __format__ controls format(), str.format and f-strings with a spec.


class Money:
    def __init__(self, amount, currency='EUR'):
        self.amount = amount
        self.currency = currency

    def __format__(self, spec):
        print(f'  __format__({spec!r})')
        if spec == 'short':
            return f'{self.amount:.0f}{self.currency[0]}'
        if spec == '':
            return str(self)
        return f'{self.amount:{spec}} {self.currency}'

    def __str__(self):
        return f'{self.amount:.2f} {self.currency}'

    def __repr__(self):
        return f'Money({self.amount!r})'


m = Money(12.5)
print(format(m, 'short'))
print(f'{m:>10.1f}|')
print('{:short} and {}'.format(m, m))
print(f'{m}', f'{m!r}', f'{m!s}')
print(f'{m:{"short"}}')


class Plain:
    def __repr__(self):
        return 'Plain()'


print(format(Plain()), f'{Plain()}', '{0}'.format(Plain()))
try:
    f'{Plain():>10}'
except TypeError as e:
    print(type(e).__name__, e)


class BadFormat:
    def __format__(self, spec):
        return 42


try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)


class Inherit(float):
    pass


print(f'{Inherit(3.14159):.2f}', format(Inherit(2), '06.1f'))
