# Infinite recursion that nobody catches: the traceback ends with RecursionError.
def walk(node):
    return walk(node + 1)
print('starting')
walk(0)
