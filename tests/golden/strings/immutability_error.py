# Strings are immutable: methods return new strings; item assignment fails (uncaught).
s = 'hello'
t = s.upper()
print(s, t, s is t)
u = s.replace('h', 'j')
print(s, u)
chars = list(s)
chars[0] = 'J'
print(''.join(chars))
s2 = 'J' + s[1:]
print(s2)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
s[0] = 'J'
