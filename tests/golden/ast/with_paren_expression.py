with (a, b):
    pass
with (a, b) as c:
    pass
with (a):
    pass
with (yield_ctx()) as x:
    pass
