# max() and min(): several arguments or one iterable, key, default, errors.
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min('hello'), max('apple', 'pear', 'fig'), min((5,)))
print(max([1, 5], [1, 6]), min({'b': 1, 'a': 2}), max(range(10)), max(x * x for x in range(-5, 3)))
words = ['kiwi', 'banana', 'fig', 'cherry']
print(max(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]), min(3, -4, 2, key=abs))
print(max([], default='empty'), min([], default=None), max([1], default=0), max(1, 2, key=None))
print(max([2, 2.0]), max([2.0, 2]), min([1, True]), min([True, 1]))
print(max([(1, 'b'), (1, 'a')]), min(['B', 'a', 'C'], key=str.lower))
cases = [lambda: max([]), lambda: min(()), lambda: max(), lambda: max(1), lambda: max(1, 'a'),
         lambda: min([1, None]), lambda: max(1, 2, default=0), lambda: max([1], key=5),
         lambda: min([], default=1, key=len, extra=2)]
for f in cases:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
