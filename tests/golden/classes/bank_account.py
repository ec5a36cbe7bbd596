# A tutorial-style class: a bank account with a class-wide interest rate,
# an instance counter and a transaction log.


class InsufficientFunds(Exception):
    pass


class BankAccount:
    interest_rate = 0.02
    accounts_opened = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        BankAccount.accounts_opened += 1
        self.number = BankAccount.accounts_opened

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f'{self.owner} has only {self.balance}')
        self.balance -= amount
        self.history.append(('withdraw', amount))
        return self.balance

    def add_interest(self):
        gained = round(self.balance * self.interest_rate, 2)
        self.balance = round(self.balance + gained, 2)
        return gained

    def __repr__(self):
        return f'BankAccount({self.owner!r}, {self.balance!r})'


alice = BankAccount('Alice', 100)
bob = BankAccount('Bob')
print(alice, bob, BankAccount.accounts_opened, alice.number, bob.number)
print(alice.deposit(50), bob.deposit(20))
try:
    bob.withdraw(30)
except InsufficientFunds as e:
    print('refused:', e)
try:
    bob.deposit(-5)
except ValueError as e:
    print('refused:', e)
print(alice.withdraw(30))
print(alice.add_interest(), alice.balance)
bob.interest_rate = 0.5
print(bob.add_interest(), bob.balance, BankAccount.interest_rate)
print(alice.history)
print(bob.history)
accounts = [alice, bob, BankAccount('Carol', 7)]
print(accounts)
print(sorted(accounts, key=lambda a: a.balance))
print(sum(a.balance for a in accounts))
