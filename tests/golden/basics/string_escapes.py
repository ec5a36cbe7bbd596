# Every escape sequence in str literals; repr shows how they round-trip.
escapes = ['\\', '\'', '\"', '\a', '\b', '\f', '\n', '\r', '\t', '\v', '\0']
for s in escapes:
    print(repr(s), len(s), ord(s))
print(repr('\x41\x62\x7e'), repr('\x00\x1f\x7f\x80\xff'))
print(repr('\101\102\103'), repr('\7'), repr('\12'), repr('\177'), repr('\400'))
print(repr('\u4e2d\u6587'), repr('\u00e9'), repr('\u0000'))
print(repr('\U0001F600'), repr('\U00000041'), len('\U0001F600'))
print('tab:[\t] newline:[\n]')
print(repr('\u200b'), repr('\u00a0'), repr('\u2028'), repr('\ufeff'))
print(repr('\ud800'), len('\ud800'))
print(repr('line\
joined'))
print('\x48\x65\x6c\x6c\x6f')
print('\110\145\154\154\157')
print(ord('\xff'), ord('\u20ac'), ord('\U0010ffff'))
print(repr('\xad'), repr('\x85'), repr('\xa0'))
