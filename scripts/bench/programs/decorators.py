# A decorator-heavy program: wrappers with *args/**kwargs, stacked.
import functools


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def logged(prefix):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            return fn(*args, **kwargs)
        wrapper.prefix = prefix
        return wrapper
    return decorate


class Memo:
    def __init__(self, fn):
        self.fn = fn

    def __call__(self, *args):
        return self.fn(*args)


@counted
@logged("add")
def add(a, b=1):
    return a + b


@Memo
def square(x):
    return x * x


total = 0
for i in range(500_000):
    total += add(i, b=2) + square(i & 255)
print(total, add.calls)
