# int() from numbers and strings, with bases, and its errors.
print(int(), int(7.9), int(-7.9), int('42'), int(' -3 '), int('0b101', 0), int('ff', 16), int(True), int('z', 36))
print(int(1e18), int(-0.5), int('1_000'), int(b'12'), int('٣'))
class Number:
    def __int__(self):
        return 99
class Index:
    def __index__(self):
        return 5
print(int(Number()), int(Index()))
for args in [('abc',), ('12', 1), ('12', 99), (3.5, 10), (None,), ('1.0',), (float('inf'),), (float('nan'),), ([],), ('',)]:
    try:
        print(int(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
