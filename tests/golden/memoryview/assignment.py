# Item and slice assignment on writable views, and the refusals.
def attempt(label, f):
    try:
        f()
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, e)

ba = bytearray(b'abcdef')
m = memoryview(ba)
def setitem(k, v):
    m[k] = v
m[0] = 65
m[-1] = 70
print(ba)
for label, k, v in [('256', 0, 256), ('neg', 0, -1), ('str', 0, 'a'), ('float', 0, 1.0), ('bool', 0, True),
                    ('big', 0, 2**70), ('bytes', 0, b'a'), ('index', 10, 1), ('none', 0, None),
                    ('slice longer', slice(0, 2), b'xyz'), ('slice shorter', slice(0, 2), b'x'),
                    ('slice int', slice(0, 2), 5), ('slice str', slice(0, 2), 'ab'),
                    ('slice list', slice(0, 2), [1, 2]), ('slice ok', slice(0, 2), b'XY'),
                    ('ext slice', slice(None, None, 2), b'123'), ('ext slice bad', slice(None, None, 2), b'12'),
                    ('bytearray rhs', slice(3, 5), bytearray(b'..')), ('view rhs', slice(0, 3), memoryview(b'mno')),
                    ('cast rhs', slice(0, 2), memoryview(b'ab').cast('c')), ('wide rhs', slice(0, 2), memoryview(b'abcd').cast('h')),
                    ('key str', 'a', 1), ('key tuple', (0,), 90), ('key tuple2', (0, 0), 90), ('key ellipsis', ..., 1),
                    ('empty slice', slice(3, 3), b''), ('key float', 1.5, 1)]:
    attempt(label, lambda: setitem(k, v))
    print(ba)
m[::-1] = m[::-1].tobytes()
print(ba)
m[1:] = m[:-1]
print(ba)
m[:] = m[::-1]
print(ba)
attempt('del item', lambda: m.__delitem__(0))
attempt('del slice', lambda: m.__delitem__(slice(0, 1)))
r = memoryview(b'read only')
attempt('readonly item', lambda: r.__setitem__(0, 1))
attempt('readonly slice', lambda: r.__setitem__(slice(0, 1), b'x'))
attempt('readonly bad value', lambda: r.__setitem__(0, 'zz'))
attempt('readonly del', lambda: r.__delitem__(0))
ro = memoryview(bytearray(b'xy')).toreadonly()
attempt('toreadonly', lambda: ro.__setitem__(0, 1))
print(ro.readonly, ro.tobytes(), ro.obj)
