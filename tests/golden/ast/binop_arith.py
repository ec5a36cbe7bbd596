x = a + b - c * d / e // f % g
y = (a + b) * (c - d)
