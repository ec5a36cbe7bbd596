# Changing a set while iterating over it.
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(s)
s = {1, 2, 3}
for x in set(s):
    if x % 2:
        s.discard(x)
print(s)
s = {1, 2, 3}
for x in s:
    s.add(x)
print(s)
