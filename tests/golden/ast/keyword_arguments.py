f(a=1, b=[1, 2], c={"k": v}, d=lambda: 0)
