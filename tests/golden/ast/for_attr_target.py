for self.i in range(3):
    pass
for d[k] in vals:
    pass
