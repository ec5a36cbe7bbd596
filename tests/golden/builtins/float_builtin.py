# float() from ints, strings, bools; special values; errors.
print(float(), float(1), float(-7), float(True), float('3.25'), float('  -1e3 '), float('inf'), float('-nan'))
print(float(10**20), float('1_000.5'), float(b'2'), float(2**53 + 1), float('0.1') + float('0.2'))
print(float('Infinity') == float('inf'), float('nan') != float('nan'), float(1.5) is not None)
class Temp:
    def __float__(self):
        return 36.6
class Idx:
    def __index__(self):
        return 7
print(float(Temp()), float(Idx()))
for v in ['abc', '', '1.2.3', None, [], '0o10', 10**400, 1j]:
    try:
        print(float(v))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
