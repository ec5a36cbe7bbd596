# Unary operators on supported and unsupported types; ends with an uncaught TypeError.
print(-5, +5, ~5, -5.5, +True, -True, ~False)
print(-(2**100), ~(2**64))
for op, f in (('-', lambda v: -v), ('+', lambda v: +v), ('~', lambda v: ~v)):
    for v in ([1], 1.5, None):
        try:
            f(v)
        except TypeError as e:
            print(op, type(e).__name__, e)
word = 'abc'
print(-word)
