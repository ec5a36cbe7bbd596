# Iterating over strings, membership, counting characters by hand.
vowels = 'aeiou'
text = 'The quick brown fox jumps over the lazy dog'
count = 0
for ch in text.lower():
    if ch in vowels:
        count += 1
print('vowels:', count)
print([c for c in 'abc'], list('hello'), tuple('hi'))
for i, ch in enumerate('xyz'):
    print(i, ch)
print('fox' in text, 'cat' in text, 'Fox' not in text, ' ' in text)
print('' in text, 'dog' in text[-3:])
it = iter('ab')
print(next(it), next(it), next(it, 'done'))
letters = {}
for ch in 'banana':
    letters[ch] = letters.get(ch, 0) + 1
print(letters)
print(max('hello'), min('hello'), sorted('hello'), sorted('hello', reverse=True))
print(''.join(reversed('stressed')), list(reversed('abc')))
print(sum(1 for c in text if c.isupper()), len(set(text.replace(' ', '').lower())))
print(list(zip('abc', 'xyz')), list(map(ord, 'AZ')))
print([ch * 2 for ch in '中文'])
