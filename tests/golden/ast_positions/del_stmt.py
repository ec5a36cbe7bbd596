del x
del a, b
del obj.attr, seq[0], seq[1:3]
del (c, d), [e]
del f,
