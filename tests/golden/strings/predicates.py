# The is* predicates on ASCII and non-ASCII strings.
samples = ['abc', 'ABC', 'Abc', 'Abc Def', '123', '12.5', '-1', '', ' ', ' \t\n', 'a1', 'a b',
           '_id', 'class', '2x', 'x2', '中文', '٣', '½', '²', 'Ⅻ', 'é', 'ÉCOLE', '\x00', 'a\tb']
names = ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isspace', 'isupper',
         'islower', 'istitle', 'isidentifier', 'isprintable', 'isascii']
print('sample'.ljust(9), ' '.join(n[2:6] for n in names))
for s in samples:
    flags = ['T' if getattr(s, n)() else '.' for n in names]
    print(repr(s).ljust(9), '    '.join(flags))
def parse_age(text):
    text = text.strip()
    if not text.isdigit():
        return None
    return int(text)
print(parse_age(' 42 '), parse_age('-5'), parse_age('4.2'), parse_age(''))
