def f(a: int, b: str = "x", *args: float, c: bool, **kw: dict) -> list[int]:
    pass
