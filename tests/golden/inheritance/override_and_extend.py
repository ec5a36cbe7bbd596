# Overriding: replacing a method, extending it, and hooks called by a base
# class method (template method pattern).


class Report:
    def render(self):
        lines = [self.header()]
        lines += [f'- {item}' for item in self.items()]
        lines.append(self.footer())
        return '\n'.join(lines)

    def header(self):
        return 'REPORT'

    def items(self):
        return []

    def footer(self):
        return f'({len(self.items())} items)'


class SalesReport(Report):
    def header(self):
        return super().header() + ': sales'

    def items(self):
        return ['apples 3', 'pears 5']


class EmptyReport(Report):
    def footer(self):
        return 'nothing to report'


print(SalesReport().render())
print(EmptyReport().render())

# Overriding an attribute with a method and a method with an attribute.
class Base:
    limit = 10

    def size(self):
        return 'method'


class Derived(Base):
    def limit(self):
        return 20

    size = 'attribute'


d = Derived()
print(d.limit(), d.size)
try:
    d.size()
except TypeError as e:
    print(type(e).__name__, e)

# Overriding __str__ and keeping the inherited __repr__.
class Named:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'Named({self.name!r})'


class Shown(Named):
    def __str__(self):
        return self.name.upper()


s = Shown('zed')
print(s, repr(s), [s], str(s))
print(Named('a'), [Named('a')])
