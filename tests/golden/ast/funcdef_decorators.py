@staticmethod
def f():
    pass

@decorator(arg=1)
@other.attr
def g(self):
    pass
