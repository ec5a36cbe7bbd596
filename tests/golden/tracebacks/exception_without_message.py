# An exception without arguments prints only its class name.
def not_ready():
    raise NotImplementedError
print('calling a stub')
not_ready()
