# A class used as a decorator: __init__ receives the function, __call__ runs
# on every call (the tutorial pattern), and instances can keep state.


class CountCalls:
    def __init__(self, func):
        print('CountCalls.__init__ for', func.__name__)
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        print(f'call {self.calls} of {self.func.__name__}')
        return self.func(*args, **kwargs)


@CountCalls
def say(word, times=1):
    return ' '.join([word] * times)


print(say('hi'))
print(say('ho', times=3))
print(say.calls, type(say).__name__, callable(say))
print(say.func.__name__)


class Retry:
    def __init__(self, attempts):
        self.attempts = attempts

    def __call__(self, func):
        def wrapper(*args):
            for i in range(1, self.attempts + 1):
                try:
                    return func(*args)
                except ValueError as e:
                    print(f'attempt {i} failed: {e}')
            return None
        return wrapper


state = {'n': 0}


@Retry(attempts=3)
def flaky():
    state['n'] += 1
    if state['n'] < 3:
        raise ValueError(f'not yet ({state["n"]})')
    return 'worked'


print(flaky())


@Retry(2)
def always_fails():
    raise ValueError('never')


print(always_fails())

# A class-instance decorator on a method does not bind self.
class Thing:
    @CountCalls
    def method(self):
        return 'method'


try:
    Thing().method()
except TypeError as e:
    print(type(e).__name__, e)
