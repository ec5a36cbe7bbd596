# A realistic round trip: write records as CSV lines, read and summarise them.
import time
try:
    import os
except ImportError:
    os = None
path = '/tmp/minipy_golden_csv_' + str(time.time()).replace('.', '_') + '.csv'
rows = [('name', 'dept', 'salary'), ('ann', 'eng', 120), ('bob', 'ops', 95), ('cy', 'eng', 130), ('dee', 'ops', 88)]
with open(path, 'w') as f:
    written = 0
    for row in rows:
        written += f.write(','.join(str(v) for v in row) + '\n')
print('characters written:', written)
totals = {}
with open(path) as f:
    header = f.readline().rstrip('\n').split(',')
    for line in f:
        record = dict(zip(header, line.rstrip('\n').split(',')))
        totals.setdefault(record['dept'], []).append(int(record['salary']))
print(header)
for dept, salaries in sorted(totals.items()):
    print(f'{dept}: n={len(salaries)} total={sum(salaries)} avg={sum(salaries) / len(salaries):.1f}')
with open(path, 'a') as f:
    f.write('eve,eng,101\n')
with open(path) as f:
    print('lines now:', len(f.readlines()))
if os:
    os.remove(path)
