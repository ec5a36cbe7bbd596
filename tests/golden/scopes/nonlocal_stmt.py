# nonlocal: rebinding a variable of an enclosing function.
def make_counter(start=0):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def make_account(balance):
    history = []
    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(('deposit', amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return 'insufficient funds'
        balance -= amount
        history.append(('withdraw', amount))
        return balance
    def report():
        return balance, history
    return deposit, withdraw, report
dep, wd, rep = make_account(50)
print(dep(25), wd(100), wd(30), rep())
def outer():
    x = 'outer'
    def middle():
        x = 'middle'
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    return middle(), x
print(outer())
def no_nonlocal():
    value = 1
    def inner():
        value = 2
        return value
    return inner(), value
print(no_nonlocal())
def running_average():
    total = 0
    n = 0
    def add(x):
        nonlocal total, n
        total += x
        n += 1
        return total / n
    return add
avg = running_average()
print([avg(v) for v in [10, 20, 30, 40]])
