# str.encode with encodings and error handlers, and bytes.decode back.
s = 'café 中文 😀'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-32-be', 'latin-1', 'ascii']:
    try:
        data = s.encode(enc)
        print(enc, len(data), data[:8])
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e)
print('abc'.encode(), 'abc'.encode('ASCII'), 'é'.encode('UTF8'), 'é'.encode(encoding='latin1'))
for errors in ['ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace']:
    print(errors, s.encode('ascii', errors))
print(s.encode('utf-8').decode('utf-8') == s, 'é'.encode('latin-1').decode('latin-1'))
try:
    'x'.encode('no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.start, e.end, repr(e.object), e.reason)
try:
    '\ud800'.encode('utf-8')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print('\ud800'.encode('utf-8', 'surrogatepass'), '\ud800'.encode('utf-8', 'replace'))
