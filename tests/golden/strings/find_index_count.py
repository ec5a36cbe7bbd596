# find/rfind/index/rindex/count with start and end arguments.
s = 'the cat sat on the mat with the hat'
print(s.find('the'), s.find('the', 1), s.find('the', 1, 10), s.find('dog'), s.find(''))
print(s.rfind('the'), s.rfind('the', 0, 20), s.rfind('x'), s.rfind(''), len(s))
print(s.index('cat'), s.rindex('at'), s.index('at', 10), s.rindex('at', 0, 10))
print(s.count('the'), s.count('at'), s.count('at', 10), s.count('at', 10, 20), s.count(''))
print('aaaa'.count('aa'), 'aaaa'.find('aa', 1), ''.count(''), 'abc'.count('', 1))
print(s.find('cat', -10), s.find('hat', -3), s.find('t', -100, 3), s.count('t', -5))
print('abc'.find('c', 5), 'abc'.find('', 3), 'abc'.find('', 4), 'abc'.rfind('', 2))
print('中文字符中文'.find('中文', 1), '中文字符中文'.count('中'))
print('Hello'.find('l'), 'Hello'.rfind('l'), 'Hello'.index('H'))
text = 'one two three two one'
pos = text.find('two')
positions = []
while pos != -1:
    positions.append(pos)
    pos = text.find('two', pos + 1)
print(positions)
for f in [lambda: s.index('dog'), lambda: s.rindex('dog'), lambda: s.find(1),
          lambda: s.count(None), lambda: s.index('the', 'x')]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
