# The math module in realistic calculations.
import math
def circle(r):
    return math.pi * r ** 2, 2 * math.pi * r
area, circumference = circle(3)
print(f'{area:.4f} {circumference:.4f}')
def distance(p, q):
    return math.hypot(q[0] - p[0], q[1] - p[1])
points = [(0, 0), (3, 4), (6, 8), (-1, 1)]
print([round(distance(points[0], p), 3) for p in points])
def polygon_area(vertices):
    total = 0
    for (x1, y1), (x2, y2) in zip(vertices, vertices[1:] + vertices[:1]):
        total += x1 * y2 - x2 * y1
    return abs(total) / 2
print(polygon_area([(0, 0), (4, 0), (4, 3)]), polygon_area([(0, 0), (1, 0), (1, 1), (0, 1)]))
for deg in [0, 30, 45, 60, 90, 180]:
    rad = math.radians(deg)
    print(f'{deg:>3} {math.sin(rad):+.4f} {math.cos(rad):+.4f}')
angle = math.degrees(math.atan2(1, 1))
print(angle, math.isclose(math.sin(math.pi), 0, abs_tol=1e-12))
def compound(principal, rate, years):
    return principal * math.pow(1 + rate, years)
print(f'{compound(1000, 0.05, 10):.2f}', f'{1000 * math.exp(0.05 * 10):.2f}')
values = [2, 4, 4, 4, 5, 5, 7, 9]
mean = math.fsum(values) / len(values)
std = math.sqrt(math.fsum((v - mean) ** 2 for v in values) / len(values))
print(mean, std)
print(math.ceil(17 / 5), math.floor(-17 / 5), math.trunc(-17 / 5), -17 // 5)
print(math.log2(1 << 20), math.log10(0.001), math.log(math.e ** 3))
print(math.gcd(1071, 462), math.lcm(21, 6), math.isqrt(99), math.comb(10, 3), math.perm(10, 3))
print(math.factorial(10) // (math.factorial(3) * math.factorial(7)) == math.comb(10, 3))
