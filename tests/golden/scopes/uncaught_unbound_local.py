# A function that assigns to a global name without declaring it global, uncaught.
hits = 0
def record_hit():
    hits = hits + 1
    return hits
print('hits before', hits)
record_hit()
