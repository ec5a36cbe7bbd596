for x in *a, *b:
    pass
for y in 1, 2, 3:
    pass
