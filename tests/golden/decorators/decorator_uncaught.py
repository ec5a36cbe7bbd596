# An exception raised by a validating decorator, not caught: the traceback's
# last line is the decorator's error.


def non_negative(func):
    def wrapper(n):
        if n < 0:
            raise ValueError(f'{func.__name__}() needs n >= 0, got {n}')
        return func(n)
    return wrapper


@non_negative
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


print(factorial(5))
print(factorial(0))
print(factorial(-3))
