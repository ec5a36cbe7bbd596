# A decorator is a function that takes a function and returns a replacement;
# @deco is the same as f = deco(f).


def announce(func):
    print('decorating', func.__name__)

    def wrapper():
        print('before', func.__name__)
        result = func()
        print('after', func.__name__)
        return result
    return wrapper


@announce
def hello():
    print('hello!')
    return 42


print('defined')
print(hello())
print(hello.__name__, hello.__qualname__)


def goodbye():
    print('goodbye!')


goodbye = announce(goodbye)
goodbye()


def identity(func):
    return func


@identity
def same():
    return 'same'


print(same.__name__, same())


def replace_with_value(func):
    return 'not a function any more'


@replace_with_value
def gone():
    pass


print(gone, type(gone).__name__)
