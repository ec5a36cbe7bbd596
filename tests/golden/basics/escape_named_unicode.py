# \N{NAME} escapes need the Unicode name table.
s = '\N{LATIN SMALL LETTER E WITH ACUTE}'
print(s, len(s), ord(s))
print('\N{BULLET} item', repr('\N{EM DASH}'))
print('\N{GREEK SMALL LETTER ALPHA}\N{GREEK SMALL LETTER BETA}')
print('\N{DIGIT ONE}\N{SPACE}\N{LATIN CAPITAL LETTER A}')
print('\N{latin small letter a}' == 'a')
print(repr('\N{NO-BREAK SPACE}'), repr('\N{EURO SIGN}'))
print(r'\N{BULLET}', len(r'\N{BULLET}'))
print(ord('\N{GRINNING FACE}'))
