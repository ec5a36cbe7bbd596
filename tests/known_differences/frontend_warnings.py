# Known difference (front end): compile-time warnings are not printed.
# CPython 3.11 prints "SyntaxWarning: invalid decimal literal" for the first
# line (and, with -W default, DeprecationWarning: invalid escape sequence '\d'
# for the second); minipy accepts both silently, with the same values.
x = 1if True else 2
pattern = "\d+"
