# The last line on stderr is the exception raised in __del__ (here a
# ZeroDivisionError); stdout shows that execution continued.


class Averager:
    def __init__(self, values):
        self.values = values

    def __del__(self):
        print('computing final average')
        print(sum(self.values) / len(self.values))


a = Averager([1, 2, 3])
del a
b = Averager([])
del b
print('after the failing __del__')
