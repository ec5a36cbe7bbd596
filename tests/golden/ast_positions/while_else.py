while n > 0:
    n -= 1
    if n == 5:
        break
else:
    done = True
