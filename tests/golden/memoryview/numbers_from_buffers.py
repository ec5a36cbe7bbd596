# int() and float() read the bytes of any contiguous buffer; %b and %s of
# bytes formatting take any buffer too.
ba = bytearray(b"xy")
mv = memoryview(b"12")
print(b"%b|%b|%b" % (b"a", ba, mv))
print(b"%s" % mv, b"%s" % ba)
for bad in (5, "x"):
    try:
        b"%b" % bad
    except TypeError as e:
        print(e)

for v in (memoryview(b"42"), memoryview(b" 7 "), bytearray(b"15"), memoryview(b"3.5"),
          memoryview(b"1_0"), memoryview(b"abc"), memoryview(b"1.5x"), memoryview(b"123")[1:],
          memoryview(b"1 2 3")[::2], memoryview(b"4\x005")):
    for f in (int, float):
        try:
            print(f.__name__, repr(f(v)))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
print(int(bytearray(b"0x1f"), 0))
try:
    int(memoryview(b"ff"), 16)
except TypeError as e:
    print(e)
