# reversed() on ranges and counting down.
print(list(reversed(range(5))), list(reversed(range(2, 12, 3))), list(reversed(range(0))))
print(list(reversed(range(10, 0, -4))), reversed(range(3)).__class__.__name__)
for i in reversed(range(1, 4)):
    print('countdown', i)
print('liftoff')
for i in range(10, 0, -3):
    print(i, end=' ')
print()
it = iter(range(3))
print(next(it), next(it), next(it), next(it, 'stop'))
r = range(4)
print(list(zip(r, reversed(r))), list(enumerate(range(5, 8))))
evens = range(0, 20, 2)
print(len(evens), evens[len(evens) // 2], list(evens)[-3:])
words = ['a', 'b', 'c', 'd']
for i in range(len(words) - 1, -1, -1):
    print(i, words[i], end='; ')
print()
total = 0
for n in range(1, 1000):
    if n % 3 == 0 or n % 5 == 0:
        total += n
print(total)
