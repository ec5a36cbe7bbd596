# Objects that CPython keeps as single instances (and some that look like they would be, but are not).
empty_tuple = ()
empty_str = ''
empty_bytes = b''
zero = 0
print(type(None)() is None, bool(0) is False, bool('x') is True)
print(tuple() is empty_tuple, tuple([]) is empty_tuple, (1, 2)[2:] is empty_tuple, str() is empty_str, bytes() is empty_bytes)
print(b''.join([]) is empty_bytes, bytes([65]) is bytes([65]), 'abc'[1:1] is empty_str)
print(frozenset() is frozenset(), frozenset([]) is frozenset(), set() is set())
print(range(0) is range(0), list() is list(), dict() is dict())
print(int() is zero, int('0') is zero, float() is float())
s = 'q'
t = 'qq'
# a 1-char string made at run time comes from the Latin-1 cache, a different object from the literal
print(s[0] is s, t[1] is t[0], t[1] is s)
print(chr(200) is chr(200), chr(256) is chr(256), chr(97) is chr(97))
