x: int
y: str = "hi"
self.z: float = 1.0
items["k"]: list = []
(w): bool = True
