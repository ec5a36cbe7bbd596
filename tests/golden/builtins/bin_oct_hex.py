# bin(), oct(), hex() of ints (hex text is split after 'x': the golden normalizer rewrites 0x...).
def h(n):
    return hex(n).replace('x', 'x ')
for n in [0, 1, 7, 8, 255, 256, -1, -255, 2**32, 10**20, True]:
    print(n, bin(n), oct(n), h(n))
print(int(bin(42), 2), int(oct(42), 8), int(hex(42), 16), int(hex(42), 0))
print(bin(5)[2:].zfill(8), hex(255)[2:].upper(), len(bin(2**100)) - 2)
class Index:
    def __index__(self):
        return 10
print(bin(Index()), oct(Index()), h(Index()))
for bad in [1.5, '10', None]:
    try:
        bin(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hex(2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    oct([8])
except TypeError as e:
    print(type(e).__name__, e)
