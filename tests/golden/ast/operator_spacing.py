x=a+b*c-d/e
y=-1
z=a**-b
w=a<b>c
