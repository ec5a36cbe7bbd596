# Decoding invalid UTF-8, uncaught.
data = 'ok'.encode() + bytes([0xC3, 0x28])
print(len(data))
print(data.decode('utf-8'))
