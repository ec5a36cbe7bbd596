x = not a
y = not not b
z = not a == b
