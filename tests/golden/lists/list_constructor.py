# list() from many iterables; copy, reverse, clear.
print(list(), list('abc'), list((1, 2)), list(range(3)), list({'a': 1, 'b': 2}))
print(list({'a': 1}.items()), list(x * x for x in range(4)), list(map(str, [1, 2])))
print(list(b'hi'), list(zip([1, 2], 'ab')), list(enumerate('xy', start=1)), list(reversed([1, 2, 3])))
print(sorted(list({3, 1, 2})), list(iter([1, 2])), list([1, [2]]))
original = [1, [2, 3], 4]
c1 = original.copy()
c2 = list(original)
c3 = original[:]
print(c1 == original, c1 is original, c2 is original, c3[1] is original[1])
c1[1].append('shared')
print(original)
r = [1, 2, 3, 4]
print(r.reverse(), r)
print(list(reversed(r)), r)
r.clear()
print(r)
nums = [3, 1, 2]
alias = nums
nums = nums + [0]
print(alias, nums)
for v in [5, None, 1.5]:
    try:
        list(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
print(list.__name__, type([]) is list, isinstance([], list), [] is not [])
