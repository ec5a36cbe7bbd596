# bytes are immutable; assigning an item raises an uncaught TypeError.
packet = b'\x01\x02\x03'
header = packet[:1]
print(header, packet[1], list(packet[1:]))
fixed = bytes([packet[0] | 0x80]) + packet[1:]
print(fixed)
packet[0] = 0
