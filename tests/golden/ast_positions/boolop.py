x = a and b
y = a or b or c
z = a and b or c and d
w = (a or b) or c
