# Unicode text: lengths, indexing, case, ord/chr, encoding sizes.
greeting = '你好，世界'
print(greeting, len(greeting), greeting[0], greeting[-1], greeting[::-1])
mixed = 'Python 编程 ✓ café 😀'
print(len(mixed), [len(w) for w in mixed.split()], mixed.upper())
for ch in 'aé中😀':
    print(ch, ord(ch), hex(ord(ch))[2:], len(ch.encode('utf-8')), len(ch.encode('utf-16-le')))
print(chr(20013), chr(0x1F600), chr(233), chr(0), repr(chr(0x10FFFF)))
print('中' < '文', sorted('文中字'), max('aé中'), 'é' > 'z')
name = 'Zoë Ångström'
print(name.lower(), name.upper(), name.swapcase(), name.isalpha(), name.replace(' ', '').isalpha())
print('ﬀ'.upper(), len('ﬀ'.upper()), 'ß'.upper(), 'ΐ'.upper(), len('ΐ'.upper()))
print('Ǳ'.lower(), 'ǳ'.upper(), 'ǲ'.istitle(), 'ǲ'.isupper())
print('é' == 'e\u0301', len('e\u0301'), 'e\u0301'.upper())
text = '春眠不觉晓，处处闻啼鸟。'
print(text.find('处处'), text.count('不'), text.split('，'), text.replace('。', '!'))
print('%s|%5s|%-5s|' % ('中', '中', '中'), '中文'.center(8, '*'))
print(repr('\u00e9\u4e2d\U0001f600\u200d'), ascii('é中😀'))
print(str('日本'.encode('utf-8'), 'utf-8'), '日本'.encode('utf-8'))
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord('ab')
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord('')
except TypeError as e:
    print(type(e).__name__, e)
