# functools.lru_cache memoizes results; cache_info() reports hits, misses,
# maxsize and current size.
from functools import lru_cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30))
print(fib.cache_info())
print(fib(30), fib.cache_info().hits)
fib.cache_clear()
print(fib.cache_info())

calls = []


@lru_cache(maxsize=2)
def slow_square(x):
    calls.append(x)
    return x * x


for x in (1, 2, 1, 3, 1, 2):
    slow_square(x)
print(calls)
info = slow_square.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize)
print(type(info).__name__, tuple(info))


@lru_cache
def no_parens(a, b=0):
    calls.append((a, b))
    return a + b


calls.clear()
no_parens(1)
no_parens(1)
no_parens(1, 0)
no_parens(a=1)
no_parens(1, b=0)
print(calls, no_parens.cache_info())


@lru_cache(typed=True)
def typed(x):
    calls.append(x)
    return x


calls.clear()
typed(1)
typed(1.0)
typed(True)
typed(1)
print(calls, typed.cache_info().currsize)
print(fib.__name__, fib.__wrapped__.__name__)
try:
    no_parens([1])
except TypeError as e:
    print(type(e).__name__, e)
