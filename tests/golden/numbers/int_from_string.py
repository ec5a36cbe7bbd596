# int() from strings: bases, prefixes, underscores, whitespace, and every error message.
print(int('42'), int('-42'), int('+7'), int('  12  '), int('\t\n9\n'))
print(int('1_000_000'), int('0'), int('-0'), int('000123'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('777', 8), int('0o777', 8))
print(int('1010', 2), int('0b1010', 2), int('z', 36), int('Zz', 36), int('10', 3))
print(int('0x1f', 0), int('0o17', 0), int('0b11', 0), int('42', 0), int('0', 0), int('0_0', 0))
print(int('1_0', 16), int(' -0x_a ', 16), int('٣٤'), int('１２'))
print(int(b'42'), int(bytearray(b'-5')), int(b'ff', 16))
print(int(), int(3.99), int(-3.99), int(True), int(1e20))
bad = [
    ('abc',), ('',), ('  ',), ('1.5',), ('1_',), ('_1',), ('1__0',), ('0x',), ('12', 2),
    ('0o17',), ('010', 0), ('9', 8), ('1', 1), ('1', 37), ('1', -1), (12, 10), (1.5, 2),
    ('1e5',), ('+-1',), ('- 1',), ('Ⅻ',), (b'x',), (None,), ([1],), ('a' * 60,), ('12\x00',),
]
for args in bad:
    try:
        print(int(*args))
    except (ValueError, TypeError) as e:
        print(repr(args), type(e).__name__, e)
