# An uncaught AttributeError on an instance ends the script with status 1.


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0


acct = Account('ann')
print(acct.owner, acct.balance)
print(acct.ballance)
print('not reached')
