# Decorators with arguments: a function that returns a decorator.


def repeat(times):
    def decorator(func):
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(times):
                results.append(func(*args, **kwargs))
            return results
        return wrapper
    return decorator


@repeat(3)
def roll(sides=6):
    return sides


print(roll(), roll(sides=20))


def prefix(text, sep=': '):
    def decorator(func):
        def wrapper(*args):
            return text + sep + str(func(*args))
        return wrapper
    return decorator


@prefix('result')
def add(a, b):
    return a + b


@prefix('area', sep=' = ')
def area(w, h):
    return w * h


print(add(2, 3))
print(area(4, 5))


def validate(**types):
    def decorator(func):
        def wrapper(**kwargs):
            for name, value in kwargs.items():
                expected = types.get(name)
                if expected is not None and not isinstance(value, expected):
                    raise TypeError(f'{name} must be {expected.__name__}')
            return func(**kwargs)
        return wrapper
    return decorator


@validate(name=str, age=int)
def register(name, age):
    return f'{name} ({age})'


print(register(name='ann', age=30))
try:
    register(name='bob', age='old')
except TypeError as e:
    print(type(e).__name__, e)

# Forgetting the call: the function is passed as the argument.
@repeat
def oops():
    return 1


print(type(oops).__name__, oops.__qualname__)
try:
    oops()
except TypeError as e:
    print(type(e).__name__, e)
