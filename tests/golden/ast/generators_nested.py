g = (x for x in (y for y in range(3)) if x)
