# slice objects: attributes, indices(), repr, use on sequences, equality, errors.
s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step)
print(slice(5), slice(None), slice(1, None), slice(None, None, -1), slice('a', 'b'))
text = 'abcdefghijklmnop'
print(text[s], list(range(20))[s], tuple(range(12))[slice(None, None, 3)])
print(slice(2, 8).indices(5), slice(None, None, -1).indices(5), slice(-3, None).indices(10))
print(slice(0, 100, 3).indices(10), slice(-100, -50).indices(10), slice(None, None, 2).indices(0))
print(range(*slice(2, 20, 4).indices(12)), list(range(*slice(None, None, -2).indices(7))))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
print(slice(1, 2) < slice(1, 3), slice(0, 1) <= slice(0, 1))
last_three = slice(-3, None)
reverse = slice(None, None, -1)
for seq in ['python', [1, 2, 3, 4], (9, 8, 7)]:
    print(seq[last_three], seq[reverse])
nums = list(range(10))
nums[slice(0, 3)] = ['a']
del nums[slice(None, None, 3)]
print(nums)
for f in [lambda: slice(1, 2, 0).indices(5), lambda: slice(1, 2).indices(-1), lambda: slice('a').indices(3),
          lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: hash(slice(1))]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
