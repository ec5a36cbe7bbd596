try:
    pass
except* (A, B):
    pass
except* C as c:
    pass
else:
    pass
finally:
    pass
