# Indexing gives ints, slicing gives bytes; iteration yields ints.
data = b'Hello, bytes'
print(data[0], data[-1], data[1:5], data[::-1], data[::3], data[100:])
print(type(data[0]).__name__, type(data[0:1]).__name__, data[0:1] == b'H', data[0] == ord('H'))
for i, byte in enumerate(b'AZaz09'):
    print(i, byte, chr(byte), hex(byte)[2:], bin(byte)[2:].zfill(8))
print(list(b'abc'), tuple(b'\x00\xff'), sum(b'\x01\x02\x03'), max(b'hello'), sorted(b'cab'))
print(72 in data, b'ell' in data, b'xyz' in data, b'' in data)
checksum = 0
for b in b'some payload':
    checksum = (checksum * 31 + b) % 65521
print('checksum', checksum)
print([b ^ 0x20 for b in b'Swap'], bytes(b ^ 0x20 for b in b'Swap'))
print(data * 2, b'-' * 5, data + b'!', len(data))
for f in [lambda: data[20], lambda: data['x'], lambda: 'e' in data, lambda: 256 in data,
          lambda: data + 'str', lambda: data + [1]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    data[0] = 104
except TypeError as e:
    print(type(e).__name__, e)
