a = 1j
b = 2.5j
c = 1e16j
d = 1e999j
e = 0j
f = 3 + 4j
g = 1_0J
