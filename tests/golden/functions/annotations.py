# Function annotations are stored, not enforced.
def area(width: float, height: float = 1.0) -> float:
    return width * height
print(area(3, 4), area('ab', 2))
print(area.__annotations__)
def untyped(a, b):
    return a
print(untyped.__annotations__)
def partly(a: int, b, *args: str, c: 'a string annotation' = None, **kw: dict) -> None:
    pass
print(partly.__annotations__)
def returns_only() -> list:
    return []
print(returns_only.__annotations__, returns_only())
def with_expr(x: 1 + 2, y: [int, str]) -> {'key': 'value'}:
    return x
print(with_expr.__annotations__)
count: int = 5
names: list
print(count, __annotations__ if '__annotations__' in dir() else None)
class Point:
    x: int
    y: int = 0
print(Point.__annotations__, Point.y, hasattr(Point, 'x'))
lam = lambda a, b: a
print(lam.__annotations__)
def later(a: 'Undefined') -> 'AlsoUndefined':
    return a
print(later(5), later.__annotations__)
