# The namespaces a running frame uses: a function's frame borrows its
# globals from the function, so the count does not grow with call depth.
import sys


def direct():
    return sys.getrefcount(globals())


def outer():
    def inner():
        return sys.getrefcount(globals())
    return inner()


def generator():
    yield sys.getrefcount(globals())


print("module level", sys.getrefcount(globals()))
print("in a function", direct())
print("in a nested function", outer())
print("in a generator", next(generator()))
before = sys.getrefcount(globals())
g = generator()
print("a new generator adds", sys.getrefcount(globals()) - before)
next(g)
print("a suspended generator adds", sys.getrefcount(globals()) - before)
print("lambda", (lambda: sys.getrefcount(globals()))())
print("comprehension", [sys.getrefcount(globals()) for _ in range(1)][0])
