# Indexing and slicing strings, with negative indices and steps.
s = 'Hello, World'
print(s[0], s[4], s[-1], s[-5], s[len(s) - 1])
print(s[0:5], s[7:], s[:5], s[:], s[-5:], s[:-7])
print(s[::2], s[1::2], s[::-1], s[::-2], s[-1:-6:-1])
print(repr(s[5:2]), repr(s[100:]), repr(s[-100:3]), s[3:100])
print(s[2:10:3], s[10:2:-3], s[::100], s[::-100])
print(repr(s[0:0]), repr(s[-1:0]), s[-1:0:-1])
word = 'racecar'
print(word == word[::-1], 'python'[::-1])
print(s[slice(0, 5)], s[slice(None, None, -1)], s[slice(7, None)])
print(type(s[0]), len(s[0]), s[0] == 'H')
name = 'Ada Lovelace'
first, last = name[:name.index(' ')], name[name.index(' ') + 1:]
print(first, last, last[0] + '.')
try:
    print(s[12])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(s[-13])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(s['a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(s[1.0])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(s[::0])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(s[1:'x'])
except TypeError as e:
    print(type(e).__name__, e)
print(s[True], s[False:True + 2])
print(s[2**100:], s[-2**100:2])
