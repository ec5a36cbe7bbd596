# bytes.hex and bytes.fromhex.
data = b'\x00\x0f\xab\xff hi'
print(data.hex(), data.hex(':'), data.hex('-', 2), data.hex(' ', -2), data.hex('_', 3))
print(b''.hex(), b'\x01'.hex(), bytes(range(16)).hex())
print(bytes.fromhex('deadbeef'), bytes.fromhex('DE AD be ef'), bytes.fromhex(''), bytes.fromhex(' 01  02 '))
print(bytes.fromhex('48656c6c6f').decode(), bytes.fromhex(data.hex()) == data)
print(bytearray.fromhex('ff 00'), b'abc'.hex().upper())
for s in ['abc', 'zz', '0 1', '12 3', '\u00e9', '1g']:
    try:
        print(bytes.fromhex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for f in [lambda: bytes.fromhex(b'00'), lambda: data.hex('::'), lambda: data.hex(5)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
