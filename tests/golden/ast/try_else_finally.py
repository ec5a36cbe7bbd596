try:
    f = open(p)
except OSError:
    f = None
else:
    data = f.read()
finally:
    cleanup()
