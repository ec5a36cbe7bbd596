print('shapes.circle: loading module', __name__)
PI = 3.14159


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return round(PI * self.r * self.r, 3)


def describe(c):
    return f'Circle(r={c.r})'
