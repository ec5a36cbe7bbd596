# Stacked decorators are applied bottom-up; the outermost wrapper runs first
# when the function is called.


def bold(func):
    print('applying bold')

    def wrapper(*args):
        return '<b>' + func(*args) + '</b>'
    return wrapper


def italic(func):
    print('applying italic')

    def wrapper(*args):
        return '<i>' + func(*args) + '</i>'
    return wrapper


def trace(label):
    print('making trace', label)

    def deco(func):
        print('applying trace', label)

        def wrapper(*args):
            print('enter', label)
            result = func(*args)
            print('leave', label)
            return result
        return wrapper
    return deco


@bold
@italic
def greet(name):
    return f'hi {name}'


print(greet('ann'))


@italic
@bold
def greet2(name):
    return f'hi {name}'


print(greet2('bob'))


@trace('outer')
@trace('middle')
@trace('inner')
def compute(x):
    print('computing', x)
    return x * 2


print(compute(21))
