for item in items:
    if item is None:
        break
else:
    print("no None")
