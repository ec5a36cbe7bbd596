with open(p) as f:
y = 1
