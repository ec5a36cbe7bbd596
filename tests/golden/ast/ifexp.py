x = a if cond else b
y = 1 if p else 2 if q else 3
z = (lambda: 1) if f else None
