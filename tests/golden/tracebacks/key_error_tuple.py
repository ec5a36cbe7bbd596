# KeyError whose key is a tuple: the last line shows the repr of the key.
grid = {(0, 0): 'start', (0, 1): 'wall'}
print(grid[0, 0], grid[(0, 1)])
print(grid[(1, 'x')])
