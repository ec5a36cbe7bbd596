# divmod() with ints, floats, negatives, and errors.
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (5.5, 2), (-5.5, 2), (10**20, 7), (True, 2)]:
    print(a, b, divmod(a, b), (a // b, a % b) == divmod(a, b))
seconds = 98765
minutes, secs = divmod(seconds, 60)
hours, minutes = divmod(minutes, 60)
days, hours = divmod(hours, 24)
print(f'{days}d {hours}h {minutes}m {secs}s')
for args in [(1, 0), (1.0, 0), ('a', 1), (1, 'a'), (1j, 1), (1,)]:
    try:
        print(divmod(*args))
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
