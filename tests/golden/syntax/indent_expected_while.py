while x:
z = 1
