# str() of objects, str(bytes, encoding), and errors.
print(str(), str(5), str(-2.5), str(1e16), str(None), str(True), str([1, 'a']), str({'k': 'v'}), str((1,)))
print(str(b'abc'), str(b'abc', 'ascii'), str(b'\xc3\xa9', 'utf-8'), str(b'\xff', 'latin-1'), str(bytearray(b'x'), 'ascii'))
print(str(b'\xff', 'utf-8', 'replace'), str(b'a\xffb', errors='ignore'), str(object=42))
class Named:
    def __str__(self):
        return 'custom str'
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'
print(str(Named()), str(OnlyRepr()), str(str))
for args, kwargs in [(('x', 'utf-8'), {}), ((b'\xff', 'ascii'), {}), ((b'x', 'nope'), {}), ((1, 2, 3, 4), {}),
                     ((), {'bogus': 1}), ((5, 'utf-8'), {})]:
    try:
        print(str(*args, **kwargs))
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
