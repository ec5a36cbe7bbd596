# Tuples cannot be changed; the assignment is uncaught.
rgb = (255, 128, 0)
print('red', rgb[0])
brighter = tuple(min(255, c + 50) for c in rgb)
print(brighter)
rgb[1] = 200
