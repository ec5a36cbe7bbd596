x = -a
y = +b
z = ~c
w = - - d
v = -(-e)
