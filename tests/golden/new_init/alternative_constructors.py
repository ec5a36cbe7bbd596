# Alternative constructors as classmethods that call cls(...), so that
# subclasses get instances of their own type.


class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text):
        y, m, d = (int(part) for part in text.split('-'))
        return cls(y, m, d)

    @classmethod
    def from_tuple(cls, t):
        return cls(*t)

    @classmethod
    def blank(cls):
        obj = cls.__new__(cls)      # skips __init__
        obj.year = obj.month = obj.day = 0
        return obj

    def __repr__(self):
        return f'{type(self).__name__}({self.year}, {self.month}, {self.day})'


class Birthday(Date):
    def age_in(self, year):
        return year - self.year


print(Date.from_string('2024-02-29'))
b = Birthday.from_string('1990-7-4')
print(b, b.age_in(2024))
print(Birthday.from_tuple((2000, 1, 1)), Date.blank(), Birthday.blank())
try:
    Date.from_string('2024-02')
except ValueError as e:
    print(type(e).__name__, e)
try:
    Date.from_tuple((1, 2, 3, 4))
except TypeError as e:
    print(type(e).__name__, e)
