a = b''
b = b'\x00\xff'
c = b"it's"
d = b'\t\n\r'
e = b'a' b'b'
