c = a @ b
d = a @ b @ c
e @= f
