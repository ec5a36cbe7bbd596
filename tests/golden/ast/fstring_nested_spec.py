s = f"{x:{width}}"
t = f"{x:{w}.{p}f}"
u = f"{v!r:>{w}}"
