if x > 0:
    sign = 1
else:
    sign = -1
