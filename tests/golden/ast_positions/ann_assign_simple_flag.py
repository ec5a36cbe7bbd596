x: int
(y): int
z.w: int
v[0]: int
