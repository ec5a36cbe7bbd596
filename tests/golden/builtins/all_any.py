# all() and any(): truthiness, empty iterables, short-circuiting.
print(all([]), any([]), all([1, 2, 3]), all([1, 0, 3]), any([0, '', None]), any([0, 'x']))
print(all('abc'), any(''), all([[]]), any([[]]), all({0: 'a'}), any({0: 'a', 1: 'b'}))
def noisy(values):
    for v in values:
        print('  checking', v)
        yield v
print(all(noisy([1, 0, 2])))
print(any(noisy([0, 5, 7])))
scores = [72, 88, 95]
print(all(s >= 70 for s in scores), any(s > 90 for s in scores), all(s > 80 for s in scores))
words = ['alpha', 'beta', '']
print(all(words), any(w.startswith('b') for w in words))
print(all(x > 0 for x in range(1, 10)), any(x % 7 == 0 for x in range(1, 7)))
for bad in [5, None]:
    try:
        all(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    any()
except TypeError as e:
    print(type(e).__name__, e)
