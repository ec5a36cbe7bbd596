# for loops over lists, strings, dicts, ranges, with else/break/continue.
for fruit in ['apple', 'banana', 'cherry']:
    print(fruit, len(fruit))
for ch in 'hey':
    print(ch.upper(), end='')
print()
ages = {'ann': 31, 'bob': 25}
for name in ages:
    print(name, ages[name])
for name, age in ages.items():
    print(f'{name}={age}')
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
for i in range(10):
    if i % 3:
        continue
    print('multiple of 3:', i)
for x in []:
    print('never')
else:
    print('empty loop else runs')
for i, (a, b) in enumerate(zip('abc', [1, 2, 3])):
    print(i, a, b)
for i in range(3):
    pass
print('i after loop', i)
total = 0
for row in [[1, 2], [3], []]:
    for v in row:
        total += v
print('total', total)
for key in sorted({'b': 1, 'c': 2, 'a': 3}, reverse=True):
    print(key, end=' ')
print()
for line in 'first\nsecond\nthird'.splitlines():
    if line.startswith('s'):
        print('matched', line)
        break
