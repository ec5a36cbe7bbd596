x = 1
if x:
    z = 3
