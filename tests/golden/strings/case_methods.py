# upper, lower, title, capitalize, swapcase, casefold, including non-ASCII text.
s = 'hello WORLD, it\'s a fine day-to-day 2nd try'
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print('ÉCOLE'.lower(), 'straße'.upper(), 'straße'.casefold(), 'Straße'.lower())
print('ﬁne'.upper(), 'İstanbul'.lower(), len('İ'.lower()), 'ǆ'.title(), 'ǆ'.upper())
print('σίσυφος'.upper(), 'ΣΊΣΥΦΟΣ'.lower(), 'ὈΔΥΣΣΕΎΣ'.lower())
print('中文abc'.upper(), 'привет мир'.title(), 'ÀÉÎÕÜ'.swapcase())
print('hello'.capitalize(), 'HELLO'.capitalize(), '123abc'.capitalize(), ''.capitalize())
print("they're bill's friends".title(), 'o\'neil mcdonald'.title())
print('MiXeD'.swapcase().swapcase(), 'ß'.swapcase(), 'ŉ'.upper())
print('Python'.lower() == 'python', 'PYTHON'.casefold() == 'python'.casefold())
print('ABC'.lower().islower(), '1'.upper(), 'a1b2'.upper())
words = ['banana', 'Apple', 'cherry', 'apple']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.casefold))
