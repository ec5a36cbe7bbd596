for k, v in d.items():
    pass
for (a, b), c in pairs:
    pass
for x, in singles:
    pass
