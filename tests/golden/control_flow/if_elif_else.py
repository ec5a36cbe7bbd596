# if / elif / else chains, nested ifs, truthiness of conditions.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in [-5, 0, 7, 42, 1000]:
    print(n, classify(n))
def fizzbuzz(n):
    if n % 15 == 0:
        return 'FizzBuzz'
    if n % 3 == 0:
        return 'Fizz'
    if n % 5 == 0:
        return 'Buzz'
    return str(n)
print(' '.join(fizzbuzz(i) for i in range(1, 16)))
for value in [[], [0], '', 'x', 0, 0.0, None, {}, {0: 0}]:
    if value:
        print(repr(value), 'is truthy')
    else:
        print(repr(value), 'is falsy')
year = 2024
if year % 4 == 0:
    if year % 100 == 0:
        if year % 400 == 0:
            leap = True
        else:
            leap = False
    else:
        leap = True
else:
    leap = False
print(year, 'leap' if leap else 'common')
x = 5
if x > 3: print('one-line if')
if x: pass
else: print('never')
if not x == 6 and (x > 4 or x < 0):
    print('compound condition')
