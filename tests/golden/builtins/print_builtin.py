# print(): sep, end, file=sys.stderr, flush. The last line goes to stderr.
import sys
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', sep=' -> ', end=' <end>\n')
print('no newline', end='')
print(' ...continued')
print()
print(1, 2.5, None, True, [1, 'x'], {'k': (1,)}, sep=' | ')
print(*range(5), sep=', ')
print('flush', flush=True)
print('with None sep', 'and end', sep=None, end=None)
print('multi\nline', 'text')
print('', '', sep='[]')
print(end='only end\n')
class Thing:
    def __str__(self):
        return 'Thing as str'
    def __repr__(self):
        return 'Thing()'
print(Thing(), [Thing()])
print('error message to stderr', file=sys.stderr)
print('stdout again', file=sys.stdout)
for kwargs in [{'sep': 5}, {'end': 0}, {'file': 5}, {'flush': 'yes'}, {'bogus': 1}]:
    try:
        print('x', **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print('last line on stderr', file=sys.stderr, flush=True)
