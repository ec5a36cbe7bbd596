# A missing __init__ argument ends the script with a TypeError.


class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height


r = Rectangle(2, 3)
print(r.width * r.height)
square = Rectangle(5)
