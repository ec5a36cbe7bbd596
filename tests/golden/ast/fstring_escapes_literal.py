s = f"tab\t{x}\n"
t = f"\N{BULLET} {x}"
u = rf"\d{x}"
v = fR"{x}\n"
