r = [a + b for a, b in pairs]
s = [x for (x, y), z in data]
t = {k for *k, in rows}
