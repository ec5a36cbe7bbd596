# Only hashable objects can be set elements: the unhashable type messages.
for value in [[1, 2], {'a': 1}, {1, 2}, bytearray(b'x'), ([],), [[]]]:
    try:
        {value}
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        set([value])
    except TypeError as e:
        print(' ', type(e).__name__, e)
s = {1}
try:
    s.add({2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] in s)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.discard([1])
except TypeError as e:
    print(type(e).__name__, e)
# (None is left out: its hash is its address in 3.11, so its place in a set is not portable)
print({1, (2, 3), 'four', 5.0, frozenset({6}), b'7', True}, None in {None}, len({None, None}))
print({1, 1.0, True}, {0, False, 0.0, -0.0})
print({(1, 2), (1, 2)}, {'a', 'a'}, len({(), ()}))
print(set([1, 2]) == {2, 1}, {[1] == [1]})
print({1} in [{1}], {1} == {True})
print({frozenset({1}): 'ok'}[frozenset([1])])
try:
    {{1}: 'no'}
except TypeError as e:
    print(type(e).__name__, e)
