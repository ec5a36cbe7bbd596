# Passing arguments to a class without __init__ or __new__ ends the script.


class Point:
    x = 0
    y = 0


origin = Point()
print(origin.x, origin.y)
p = Point(3, 4)
print('not reached')
