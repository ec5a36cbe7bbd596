# bytearray: growth (__sizeof__/__alloc__), item and slice assignment and deletion, the
# list-like mutators, the bytes methods returning bytearrays, repr and messages.
ba = bytearray()
sizes = []
for i in range(40):
    sizes.append(ba.__sizeof__()); ba.append(1)
print(sizes)
print(bytearray(b'abc').__sizeof__(), bytearray(10).__sizeof__(), bytearray(b'x'*20).__sizeof__())
b = bytearray(b'hello world'); print(b.__alloc__()); del b[2:]; print(b.__alloc__(), b.__sizeof__())
tests = [lambda: bytearray(b"abc")[5], lambda: bytearray(b"abc").pop(5), lambda: bytearray(b"a").insert(0, 300),
 lambda: bytearray(b"abc").__setitem__(slice(0,3,2), b"x"), lambda: bytearray(b"abc").__setitem__(slice(0,2), 5),
 lambda: bytearray(b"abc").__setitem__(slice(0,2), [1, 300]), lambda: bytearray(b"abc").__setitem__(slice(0,2), "xy"),
 lambda: bytearray(b"abc").extend(5), lambda: bytearray(b"abc").extend("x"), lambda: bytearray(b"abc").extend([256]),
 lambda: repr(bytearray(b"a\x00'")), lambda: bytearray("abc"), lambda: bytearray(b"ab") + "c", lambda: bytearray(b"ab") * 2,
 lambda: bytearray(b"ab").upper(1), lambda: bytearray(b"a b").split(), lambda: bytearray(b"a=b").partition(b"="),
 lambda: type(bytearray(b"ab").hex()), lambda: bytearray.fromhex("61 62"), lambda: bytearray(b"ab")[0:1], lambda: bytearray(b"ab").copy(),
 lambda: bytearray(b"ab") < b"b", lambda: b"ab" == bytearray(b"ab"), lambda: b"ab" in bytearray(b"xaby"),
 lambda: bytearray(b"xaby").find(bytearray(b"ab")), lambda: len(bytearray(5)), lambda: bytearray(b"abc").remove(b"a"),
 lambda: list(bytearray(b"ab")), lambda: str(bytearray(b"ab")), lambda: bytearray(b"ab").decode(),
 lambda: bytearray(b"ab").join([b"1", bytearray(b"2")]), lambda: bytes(bytearray(b"xy")), lambda: bytearray(b"abc").__delitem__(5),
 lambda: bytearray(b"abc").__setitem__(5, 1), lambda: bytearray(1.5), lambda: bytearray(None), lambda: bytearray('é', 'utf-8'),
 lambda: bytearray(b'%s-%d' % (b'x', 3)), lambda: bytearray(b'%s') % b'y', lambda: bytearray(b'abc')[::-1], lambda: bytearray(b'abc')[-1],
 lambda: bytearray(b'abc').strip(b'ac'), lambda: bytearray(b'a,b').split(b','), lambda: bytearray(b'abc').startswith(b'ab'),
 lambda: bytearray(b'abc').count(97), lambda: bytearray(b'AbC').swapcase(), lambda: bytearray(b'ab').center(6, b'*'),
 lambda: bytearray(b'ab').center(6, '*'), lambda: bytearray(b'ab').zfill(4), lambda: bytearray(b'x').translate(None, b'x'),
 lambda: bytearray.maketrans(b'a', b'b'), lambda: bytearray(b'ab') == bytearray(b'ab'), lambda: hash(bytearray()),
 lambda: str(b'ab', 'utf-8') + str(bytearray(b'cd'), 'ascii'), lambda: b''.join([bytearray(b'x'), b'y']), lambda: bytearray(b'abcdef').__getitem__(slice(1, 5, 2)),
 lambda: bytearray(range(5)), lambda: bytearray([1, 2]).__iadd__(bytearray(b'z')), lambda: bytearray(b'a') * -1]
for f in tests:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
ba = bytearray(b'0123456789')
del ba[::3]; print(ba)
ba = bytearray(b'0123456789'); del ba[-1::-2]; print(ba)
ba = bytearray(b'0123456789'); ba[::2] = b'abcde'; print(ba)
ba = bytearray(b'0123456789'); ba[2:5] = b''; print(ba); ba[0:0] = b'xyz'; print(ba); ba[len(ba):] = [65, 66]; print(ba)
ba = bytearray(b'abc'); ba[:] = ba; print(ba); ba *= 0; print(ba, ba.__alloc__())
ba = bytearray(b'abc'); it = iter(ba); print(next(it)); ba.append(100); print(list(it))
ba = bytearray(b'xyz'); ba.insert(-10, 65); ba.insert(100, 66); print(ba, ba.pop(0), ba.pop(), ba)
class BA(bytearray): pass
x = BA(b'sub'); print(repr(x), type(x.upper()).__name__, type(x + b'!').__name__, x == b'sub')
for data in [b'', b"'", b'"', b'\'"', b'a\\b', b'\x00\x7f\x80\xff\t\n\r']:
    print(repr(bytearray(data)))
