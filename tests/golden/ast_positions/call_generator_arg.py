total = sum(x * x for x in range(10))
any(p(i) for i in items if i)
