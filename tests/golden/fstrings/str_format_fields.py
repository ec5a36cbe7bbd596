# str.format field names: automatic, positional, keyword, attribute, index.
print('{} {} {}'.format('a', 'b', 'c'), '{2} {1} {0}'.format('a', 'b', 'c'))
print('{0}{0}{1}{0}'.format('ab', '-'), '{x}{y}{x}'.format(x=1, y=2))
print('{0} {name} {1}'.format('pos0', 'pos1', name='kw'))
class User:
    def __init__(self):
        self.name = 'ada'
        self.tags = ['admin', 'dev']
        self.meta = {'id': 7}
u = User()
print('{0.name} {0.tags[1]} {0.meta[id]}'.format(u), '{u.name!r:>6}'.format(u=u))
data = {'key': 'value', 3: 'int key', '3': 'str key'}
print('{0[key]} {0[3]}'.format(data), '{d[key]}'.format(d=data))
print('{0[0]}{0[1]} {1[-1]}'.format('xy', {'-1': 'neg'}))
print('{0.real}+{0.imag}j {1.__class__.__name__}'.format(2 + 3j, []))
print('{:d}-{:s}-{:.1f}'.format(1, 's', 2.0), '{!r:^8}'.format('q'))
print('{{}} {{{}}} {{0}}'.format('in'), '}}{{'.format())
args = ('Alan', 1912)
kwargs = {'field': 'computing'}
print('{} ({}) - {field}'.format(*args, **kwargs))
print(str.format('{} and {}', 'this', 'that'), '{0}'.format(*range(3)))
template = 'Dear {title} {last},\nYour balance is {bal:,.2f}.'
print(template.format(title='Dr.', last='Hopper', bal=-1234.5))
print('{0:{1}}|{0:{2}}|'.format('x', '>3', '<3'))
print('{:}'.format('empty spec'), '{0!s:}'.format(12))
