# format() builtin with specs for several types.
print(format(3.14159, '.2f'), format(42, '08b'), format(1234567, ','), format('hi', '>5'), format(0.5, '%'))
print(format(42), format('s'), format(None), format([1]), format(True, '>6'), format(1e10, 'g'))
print(format(-12, '+05d'), format(255, 'X'), format(3, 'c'), format(1.5, 'e'), format(7, 'n'))
for args in [(1, 'q'), ('s', 'd'), ([], 'x'), (1.5, 'd'), (1,), ()]:
    try:
        print(format(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
