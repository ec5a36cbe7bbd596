# chr() and ord(): code points, round trips, errors.
print(chr(65), chr(97), chr(48), chr(32) == ' ', repr(chr(0)), repr(chr(10)), chr(233), chr(0x4e2d), chr(0x1F600))
print(ord('A'), ord('a'), ord('0'), ord(' '), ord('\n'), ord('é'), ord('中'), ord('😀'), ord(b'A'), ord(bytearray(b'z')))
print(''.join(chr(ord(c) + 1) for c in 'HAL'), [ord(c) - ord('a') for c in 'abcz'])
def caesar(text, shift):
    out = []
    for c in text:
        if c.isalpha() and c.isascii():
            base = ord('A') if c.isupper() else ord('a')
            out.append(chr((ord(c) - base + shift) % 26 + base))
        else:
            out.append(c)
    return ''.join(out)
secret = caesar('Hello, World!', 3)
print(secret, caesar(secret, -3))
print(chr(0x10FFFF) == '\U0010ffff', ord(chr(1114111)), repr(chr(True)))
for f in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr('a'), lambda: chr(65.0),
          lambda: ord(''), lambda: ord('ab'), lambda: ord(65), lambda: ord(b'ab'), lambda: ord(None)]:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
