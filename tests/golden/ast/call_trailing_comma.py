f(a, b,)
g(
    x=1,
    y=2,
)
