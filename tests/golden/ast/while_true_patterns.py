while 1:
    if done():
        break
    continue
