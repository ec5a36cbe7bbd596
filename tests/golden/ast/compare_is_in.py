a is None
a is not None
b in c
b not in c
