if a:
    r = 1
elif b:
    r = 2
elif c:
    r = 3
else:
    r = 4
