# int.to_bytes / int.from_bytes with byte orders, signed, and errors.
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print((255).to_bytes(1, 'big'), (0).to_bytes(3, 'big'), (1).to_bytes(4, byteorder='little'))
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print((2**64 - 1).to_bytes(8, 'big'))
print((65).to_bytes(), (0).to_bytes(length=0, byteorder='big'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes(b'', 'big'), int.from_bytes(b'\x01'), int.from_bytes([1, 2, 3], 'big'))
print(int.from_bytes(bytearray(b'\x80'), 'little', signed=True))
n = 123456789012345678901234567890
raw = n.to_bytes(16, 'big')
print(raw, int.from_bytes(raw, 'big') == n)
print(len((2**1000).to_bytes(126, 'little')))
for f in [lambda: (256).to_bytes(1, 'big'),
          lambda: (-1).to_bytes(1, 'big'),
          lambda: (128).to_bytes(1, 'big', signed=True),
          lambda: (-129).to_bytes(1, 'big', signed=True),
          lambda: (1).to_bytes(2, 'middle'),
          lambda: (1).to_bytes(-1, 'big'),
          lambda: int.from_bytes('ab', 'big'),
          lambda: int.from_bytes(b'\x00', 'sideways')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
