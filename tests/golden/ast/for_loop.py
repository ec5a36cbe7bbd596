for i in range(10):
    total += i
