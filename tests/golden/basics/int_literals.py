# Integer literals in every base, with underscores, and big ones.
print(0, 7, 42, 1_000_000)
print(0b1010, 0B1111_0000, -0b1)
print(0o17, 0O777, 0o1_0)
print(0x1F, 0XfF, 0xdead_beef)
print(00, 0_0, 000)
print(123456789012345678901234567890)
print(0xFFFF_FFFF_FFFF_FFFF_FFFF)
print(-0x8000_0000_0000_0000)
print(0b1111111111111111111111111111111111111111111111111111111111111111)
print(type(0x10), type(10**20))
# literals compared across bases
print(0b1010 == 0o12 == 0xA == 10)
print(1_0 + 0x_f + 0o_7 + 0b_1)
# a literal followed by an attribute needs a space or parentheses
print(5 .bit_length(), (255).bit_length())
print(1 .__add__(2))
# hex() text is split after 'x' (the golden normalizer rewrites 0x<hex digits>)
values = [0, 1, -1, 255, 256, -256, 2**63, -2**63]
for v in values:
    print(v, hex(v).replace('x', 'x '), oct(v), bin(v))
