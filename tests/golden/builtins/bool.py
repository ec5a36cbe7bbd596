# bool() of many objects; bool is a subclass of int.
values = [0, 1, -1, 0.0, 0.1, 0j, 1j, '', ' ', '0', 'False', [], [0], (), ((),), {}, {0: 0},
          set(), {0}, None, range(0), range(1), b'', b'\x00', bytearray(), float('nan')]
for v in values:
    print(repr(v), bool(v))
print(bool(), bool(True), bool(bool), bool(print), bool(object()))
class Empty:
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        return False
print(bool(Empty()), bool(Falsy()), not Empty(), 'yes' if Falsy() else 'no')
print(True + 1, isinstance(False, int), bool.__bases__, bool(2) is True)
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
