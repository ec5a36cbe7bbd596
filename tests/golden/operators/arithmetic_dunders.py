# Arithmetic operators on a Vector class, and the TypeError when an
# operation is not supported.


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        return NotImplemented

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vector(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vector(self.x % k, self.y % k)

    def __pow__(self, n, mod=None):
        return Vector(pow(self.x, n, mod), pow(self.y, n, mod))

    def __matmul__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return self.x * other.x + self.y * other.y

    def __divmod__(self, k):
        return (self // k, self % k)

    def __repr__(self):
        return f'Vector({self.x}, {self.y})'


a = Vector(7, 9)
b = Vector(2, 3)
print(a + b, a - b, a * 2, a / 2, a // 2, a % 4)
print(a ** 2, pow(a, 2, 5), a @ b, divmod(a, 4))
print(a + b * 3 - Vector(1, 1))


def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)


attempt('a * b', lambda: a * b)
attempt('2 * a', lambda: 2 * a)
attempt('a << 1', lambda: a << 1)
attempt('a & b', lambda: a & b)
attempt('a + 1', lambda: a + 1)
attempt('1 - a', lambda: 1 - a)
attempt('a @ 3', lambda: a @ 3)
attempt('-a', lambda: -a)
attempt('abs(a)', lambda: abs(a))
attempt('~a', lambda: ~a)
attempt("'s' * a", lambda: 's' * a)
attempt('None + a', lambda: None + a)
