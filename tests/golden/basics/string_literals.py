# String literal forms: quotes, triple quotes, prefixes, implicit concatenation.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "it's")
text = """line one
line two
    indented line"""
print(text)
print(len(text), text.count('\n'))
print(r'raw\n', R'raw\t', r"C:\new\table")
print(u'unicode', U'prefix')
print(rb'raw\bytes', Rb'\x00', bR'\n', BR'x')
print(f'{1 + 1}', F'{"x"}', rf'\{1}', fR'{2}\n', Rf'{3}')
print('implicit' ' ' "concatenation" '''works''')
joined = ('a long string '
          'split over '
          'several lines')
print(joined)
print('back\
slash continues')
print(len(r'\n'), len('\n'), len(r'\\'), len('\\'))
print(r'\'', r"\"")
print('''a 'quote' and "double" inside''')
print("""ends with a quote\"""")
empty = ''
print(repr(empty), repr(""), len(""""""))
print(type('x'), type(b'x'), type(f'x'))
