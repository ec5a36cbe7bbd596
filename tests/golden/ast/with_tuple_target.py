with ctx() as (a, b):
    pass
with ctx() as [c, d]:
    pass
with ctx() as self.x:
    pass
