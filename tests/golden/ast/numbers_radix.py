a = 0x1F
b = 0XFF
c = 0o777
d = 0O17
e = 0b1010
f = 0B1_0
g = 0x_dead_beef
