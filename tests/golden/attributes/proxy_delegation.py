# A proxy that delegates unknown attributes to a wrapped object with
# __getattr__ and intercepts writes with __setattr__.


class ReadOnlyProxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
        object.__setattr__(self, '_reads', [])

    def __getattr__(self, name):
        self._reads.append(name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        raise AttributeError(f'read-only proxy: cannot set {name!r}')

    def __repr__(self):
        return f'ReadOnlyProxy({self._target!r})'


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def summary(self):
        return f'{self.owner}: {self.balance}'

    def __repr__(self):
        return f'Account({self.owner!r})'


acct = Account('ann', 50)
p = ReadOnlyProxy(acct)
print(p, p.owner, p.balance, p.summary())
try:
    p.balance = 0
except AttributeError as e:
    print(type(e).__name__, e)
acct.balance = 75
print(p.balance, p._reads)
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(p, Account), type(p).__name__)

# list methods through a proxy; len() does not go through __getattr__
lp = ReadOnlyProxy([3, 1, 2])
print(lp.count(1), lp.index(2))
try:
    len(lp)
except TypeError as e:
    print(type(e).__name__, e)
