x = a.b.c.d
y = obj.method().attr
z = (1).real
