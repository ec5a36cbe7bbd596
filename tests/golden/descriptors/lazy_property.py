# A caching non-data descriptor: the first access computes the value and
# stores it in the instance __dict__, which then hides the descriptor.


class cached:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print(f'computing {self.name}')
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Dataset:
    def __init__(self, values):
        self.values = values

    @cached
    def total(self):
        return sum(self.values)

    @cached
    def mean(self):
        return self.total / len(self.values)


d = Dataset([2, 4, 6, 9])
print(d.total, d.total)
print(d.mean, d.mean)
print(sorted(vars(d)))
del d.total
print(d.total)
d.values.append(100)
print(d.total, 'stale until deleted')
del d.__dict__['total']
print(d.total)
print(type(Dataset.total).__name__, Dataset.total.name)
