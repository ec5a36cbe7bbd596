# __init__ is an ordinary method: it can be called again, and an object
# built with __new__ alone has none of its attributes.


class Counter:
    def __init__(self, start=0):
        print('init with', start)
        self.count = start
        self.history = []

    def tick(self):
        self.count += 1
        self.history.append(self.count)


c = Counter(5)
c.tick()
c.tick()
print(c.count, c.history)
c.__init__()
print(c.count, c.history)
Counter.__init__(c, 100)
print(c.count)

blank = Counter.__new__(Counter)
print(vars(blank))
try:
    blank.tick()
except AttributeError as e:
    print(type(e).__name__, e)
blank.__init__(1)
blank.tick()
print(blank.count, blank.history)


def clone(obj):
    new = type(obj).__new__(type(obj))
    new.__dict__.update(obj.__dict__)
    return new


d = clone(blank)
print(d.count, d.history is blank.history, type(d).__name__, d is blank)
