g = (x for x in y)
h = ((a, b) for a in x for b in y)
