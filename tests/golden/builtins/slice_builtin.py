# slice() builtin.
s = slice(2, 8, 2)
print(s, s.start, s.stop, s.step, list(range(10))[s], 'abcdefghij'[s])
print(slice(3), slice(None, -1), slice(1, None, -1), slice(None, None, None).indices(4))
print(s.indices(5), s.indices(100), slice(-1, None, -1).indices(3))
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
