# Function decorators applied to methods receive self like any argument;
# combined with classmethod and staticmethod the order matters.
import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f'-> {func.__qualname__} with {len(args)} positional arguments')
        return func(*args, **kwargs)
    return wrapper


class Account:
    rate = 0.1

    def __init__(self, balance):
        self.balance = balance

    @logged
    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @classmethod
    @logged
    def with_bonus(cls, amount):
        return cls(amount * (1 + cls.rate))

    @staticmethod
    @logged
    def fee(amount):
        return amount * 0.01


acct = Account(100)
print(acct.deposit(50))
print(Account.with_bonus(100).balance)
print(Account.fee(200), acct.fee(300))
print(Account.deposit.__name__, Account.deposit.__wrapped__.__qualname__)


def require_positive(method):
    @functools.wraps(method)
    def wrapper(self, amount):
        if amount <= 0:
            raise ValueError(f'{method.__name__}: amount must be positive, got {amount}')
        return method(self, amount)
    return wrapper


class Wallet:
    def __init__(self):
        self.coins = 0

    @require_positive
    def add(self, amount):
        self.coins += amount
        return self.coins


w = Wallet()
print(w.add(5))
try:
    w.add(-1)
except ValueError as e:
    print(type(e).__name__, e)
