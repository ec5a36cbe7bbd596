# A general wrapper forwards any positional and keyword arguments and the
# return value; exceptions pass through it.


def logged(func):
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f'{k}={v!r}' for k, v in kwargs.items()]
        print(f'call {func.__name__}({", ".join(parts)})')
        try:
            result = func(*args, **kwargs)
        except Exception as e:
            print(f'  {func.__name__} raised {type(e).__name__}: {e}')
            raise
        print(f'  {func.__name__} returned {result!r}')
        return result
    return wrapper


@logged
def divide(a, b=1, *, round_to=None):
    q = a / b
    return round(q, round_to) if round_to is not None else q


@logged
def collect(*items, **options):
    return sorted(items), sorted(options)


divide(10, 4)
divide(10, b=3, round_to=2)
divide(a=1)
collect(3, 1, 2, z=1, a=2)
collect()
try:
    divide(1, 0)
except ZeroDivisionError:
    print('caught outside')
try:
    divide(1, 2, 3)
except TypeError as e:
    print('outside:', e)
