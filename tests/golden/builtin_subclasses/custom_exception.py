# A custom exception class with its own __init__ and __str__.


class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance = balance
        self.amount = amount

    def __str__(self):
        return f'cannot withdraw {self.amount}, balance is {self.balance}'


try:
    raise InsufficientFunds(10, 25)
except InsufficientFunds as e:
    print(type(e).__name__, e)
    print(repr(e), e.args, e.balance, e.amount)
    print(isinstance(e, Exception), isinstance(e, BaseException))
    print(str(e) == f'{e}', [e])


class Simple(Exception):
    pass


s = Simple('plain message', 2)
print(str(s), repr(s), s.args)
print(str(Simple('one')), repr(Simple('one')), repr(Simple()), repr(str(Simple())))


class NoSuper(Exception):
    def __init__(self, code):
        self.code = code          # super().__init__ not called


n = NoSuper(404)
print(n.args, repr(str(n)), repr(n), n.code)


class WithDefault(ValueError):
    def __init__(self, msg='something went wrong'):
        super().__init__(msg)


print(WithDefault(), WithDefault('custom'), WithDefault().args)
try:
    raise WithDefault
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, e)
print(Simple.__mro__)
