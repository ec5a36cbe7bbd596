# A descriptor class with __get__, __set__, __delete__ and __set_name__.


class Logged:
    def __set_name__(self, owner, name):
        print(f'__set_name__({owner.__name__}, {name!r})')
        self.public = name
        self.private = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            print(f'__get__ on the class {objtype.__name__}')
            return self
        value = getattr(obj, self.private)
        print(f'__get__ {self.public} -> {value!r}')
        return value

    def __set__(self, obj, value):
        print(f'__set__ {self.public} = {value!r}')
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print(f'__delete__ {self.public}')
        delattr(obj, self.private)


class Account:
    balance = Logged()
    owner = Logged()

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance


a = Account('ann', 10)
a.balance += 5
print(a.balance)
print(sorted(vars(a)))
d = Account.balance
print(type(d).__name__, d.public)
del a.balance
try:
    a.balance
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(a, 'owner'), hasattr(a, 'balance'))
setattr(a, 'balance', 1)
print(Account.__dict__['balance'].__get__(a, Account))
