# str.encode produces bytes; sizes per encoding.
for s in ['A', 'é', '€', '中', '😀', 'Hello, 世界']:
    u8 = s.encode('utf-8')
    print(repr(s), u8, len(u8), len(s.encode('utf-16-le')), len(s.encode('utf-32-le')))
print('abc'.encode() == b'abc', type('x'.encode()).__name__)
print('ÿ'.encode('latin-1'), 'Ā'.encode('latin-1', 'replace'), 'naïve'.encode('ascii', 'ignore'))
print('tab\tnew\n'.encode('ascii'), '\x00'.encode())
try:
    'price: 5€'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    'x'.encode(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'x'.encode('utf-8')
except AttributeError as e:
    print(type(e).__name__, e)
