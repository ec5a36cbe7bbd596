# The error is reported for the whole file, before anything runs.
print("never printed")
for item in range(3):
    try:
        pass
    except* ValueError:
        if item:
            break
