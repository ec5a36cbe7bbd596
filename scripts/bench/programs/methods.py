# Method calls with attribute reads and writes on instances.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(0, 0)
total = 0
for i in range(1_000_000):
    p.move(1, -1)
    total += p.norm1()
print(total, p.x, p.y)
