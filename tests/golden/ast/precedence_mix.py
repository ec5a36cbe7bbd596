x = a + b * c ** d - e / f
y = not a < b and c | d or e
z = -a ** -b
