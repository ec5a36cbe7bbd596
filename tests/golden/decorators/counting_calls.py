# Decorators that count calls: with a function attribute, with nonlocal,
# and with a shared dictionary.


def counted(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def counter_closure(func):
    count = 0

    def wrapper(*args):
        nonlocal count
        count += 1
        return func(*args), count
    return wrapper


stats = {}


def tally(func):
    def wrapper(*args):
        stats[func.__name__] = stats.get(func.__name__, 0) + 1
        return func(*args)
    return wrapper


@counted
def square(x):
    return x * x


@counter_closure
def cube(x):
    return x ** 3


@tally
def a():
    return 'a'


@tally
def b():
    return 'b'


print([square(i) for i in range(5)], square.calls)
print(cube(2), cube(3))
for f in (a, b, a, a, b):
    f()
print(stats)


@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(10), fib.calls)
fib.calls = 0
print(fib(15), fib.calls)
