if a:
    if b:
        x = 1
    else:
        if c:
            x = 2
