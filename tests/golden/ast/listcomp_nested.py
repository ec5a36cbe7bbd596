flat = [y for x in xs for y in x]
pairs = [(i, j) for i in a if i for j in b if j if i != j]
