# A __repr__ returning a non-string breaks print(); uncaught.


class Broken:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return self.value


print(Broken('fine'))
print([Broken('also fine')])
print(Broken(42))
