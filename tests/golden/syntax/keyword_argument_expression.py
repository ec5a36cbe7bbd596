print(*range(3=, file=None)
