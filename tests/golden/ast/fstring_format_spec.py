s = f"{x:>10}"
t = f"{pi:.3f}"
u = f"{n:,}"
v = f"{x:}"
