obj.attr = 1
obj.a.b.c = 2
d["key"] = 3
m[i][j] = 4
