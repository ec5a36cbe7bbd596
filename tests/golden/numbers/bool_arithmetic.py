# bool is a subclass of int.
print(True + True, True - False, True * 10, True / 2, True // 2, -True, ~True, ~False)
print(True ** 2, 2 ** True, True % 2, divmod(True, 2), abs(-True))
print(sum([True, False, True, True]), sum(x > 2 for x in [1, 2, 3, 4, 5]))
print(isinstance(True, int), issubclass(bool, int), type(True + 0), type(True and 0))
print(True == 1, False == 0, hash(True) == hash(1), hash(False))
print({True: 'a', 1: 'b', 1.0: 'c'})
print({0, False, 0.0}, len({0, False, 1, True}))
print(str(True), repr(False), int(True), float(False), f'{True}', f'{True:d}', f'{True:>6}')
print(True & False, True | False, True ^ True, type(True | False).__name__, type(True | 2).__name__)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(1e-300), bool(''), bool('False'))
print(bool(), bool(None), bool([]), bool([[]]))
print(['no', 'yes'][True], 'abc'[True:], [1, 2, 3][False])
print(max(True, 2), min(False, -1), sorted([True, 0, False, 1, -1]))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length())
print(bool.__name__, bool.__mro__)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
