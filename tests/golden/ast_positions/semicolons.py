a = 1; b = 2; c = 3
if x: y = 1; z = 2;
d = 4;
