# A user-defined exception from __main__ prints without a module prefix.
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f'balance {balance} is less than {amount}')
        self.balance = balance
        self.amount = amount
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(balance, amount)
    return balance - amount
print(withdraw(100, 30))
print(withdraw(50, 80))
