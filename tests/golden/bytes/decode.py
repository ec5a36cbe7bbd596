# bytes.decode with utf-8, ascii, latin-1, and error handlers.
raw = 'naïve café 中文 😀'.encode('utf-8')
print(raw)
print(raw.decode(), raw.decode('utf-8'), raw.decode('UTF-8'), raw.decode(encoding='utf8'))
print(b'plain ascii'.decode('ascii'), b'\xe9t\xe9'.decode('latin-1'), bytes(range(0xe0, 0xe8)).decode('latin-1'))
bad = b'ok \xff\xfe bad \xc3'
for errors in ['replace', 'ignore', 'backslashreplace', 'surrogateescape']:
    print(errors, repr(bad.decode('utf-8', errors)))
print(repr(bad.decode('ascii', 'replace')), repr(b'\x80abc'.decode('ascii', errors='ignore')))
for b, enc in [(bad, 'utf-8'), (b'caf\xc3\xa9 \x80', 'ascii'), (b'\xe4\xb8', 'utf-8'),
               (b'\xed\xa0\x80', 'utf-8'), (b'\xc0\xaf', 'utf-8'), (b'abc', 'utf-16'),
               (b'x', 'bogus')]:
    try:
        print(repr(b.decode(enc)))
    except (UnicodeDecodeError, LookupError) as e:
        print(type(e).__name__, e)
try:
    b'\xffabc'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.object, e.reason)
print(b'\xef\xbb\xbfBOM'.decode('utf-8'), repr(b'\xef\xbb\xbfBOM'.decode('utf-8-sig')))
print(str(b'abc', 'ascii'), str(b'\xc3\xa9', 'utf-8'), str(b'\xff', 'latin-1'))
text = 'round trip ✓'
print(text.encode('utf-8').decode('utf-8') == text, len(text), len(text.encode()))
