# ascii() escapes non-ASCII characters in the repr.
print(ascii('plain'), ascii('café'), ascii('中文'), ascii('😀'), ascii('tab\t'))
print(ascii(['é', 'x']), ascii({'ключ': 'значение'}), ascii(('ß',)))
print(ascii(1), ascii(2.5), ascii(None), ascii(b'\xff'), ascii(True))
print(ascii("it's"), ascii('"q"'), ascii('\x7f\x80'), ascii('\u200b'))
print(ascii('é') == repr('é'), ascii('e') == repr('e'))
print(len(ascii('😀')), ascii('\U0001F600') == "'\\U0001f600'")
try:
    ascii()
except TypeError as e:
    print(type(e).__name__, e)
