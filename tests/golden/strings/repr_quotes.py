# repr() of strings: quote choice, escapes, non-printable characters.
samples = ['plain', "it's", 'say "hi"', 'both \' and "', '', 'tab\there', 'new\nline',
           'back\\slash', '\r\x00\x7f', 'é中😀', '\x80\x9f\xa0\xad', '\u2028\u2029',
           '\U000e0001', '\ud83d', '\x1b[1m', "'", '"', '\'"\'', '\\n']
for s in samples:
    print(repr(s), len(s))
print(['a', "b'c", 'd"e'])
print({'key': "val'ue"}, ('x',))
print(str('quote\'s'), repr(repr('x')), repr(str(repr('y'))))
nested = ["it's", ['nested "q"']]
print(nested, repr(nested), str(nested))
print(f'{"hi"!r}', '%r' % "a'b", format('x', ''), '{!r}'.format('\t'))
