# startswith/endswith with tuples and ranges.
name = 'report_2024.csv'
print(name.startswith('report'), name.endswith('.csv'), name.endswith('.txt'))
print(name.endswith(('.csv', '.tsv')), name.startswith(('data', 'rep')), name.endswith(()))
print(name.startswith('2024', 7), name.startswith('2024', 7, 10), name.endswith('report', 0, 6))
print(name.startswith(''), ''.startswith(''), ''.endswith('x'), name.startswith('', 100))
print('abc'.startswith('abc', -3), 'abc'.endswith('b', -5, -1), 'abc'.startswith('a', 1))
files = ['main.py', 'README.md', 'setup.cfg', 'test_main.py', 'notes.txt']
print([f for f in files if f.endswith('.py')])
print([f for f in files if f.startswith('test_') or f.endswith(('.md', '.txt'))])
url = 'https://example.org/path'
print(url.startswith(('http://', 'https://')), url.startswith('HTTPS'))
for f in [lambda: name.startswith(1), lambda: name.endswith(['a']), lambda: name.endswith(('a', 1)),
          lambda: name.startswith(None), lambda: name.startswith()]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
