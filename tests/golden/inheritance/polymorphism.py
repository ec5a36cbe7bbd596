# Polymorphism through a common base class: a loop calls the same method on
# objects of different subclasses.


class Employee:
    raise_pct = 3

    def __init__(self, name, salary):
        self.name = name
        self.salary = salary

    def pay(self):
        return self.salary

    def give_raise(self):
        self.salary = self.salary * (100 + self.raise_pct) // 100

    def __str__(self):
        return f'{type(self).__name__}({self.name}) earns {self.pay()}'


class Manager(Employee):
    raise_pct = 10

    def __init__(self, name, salary, reports=()):
        super().__init__(name, salary)
        self.reports = list(reports)

    def pay(self):
        return super().pay() + 100 * len(self.reports)


class Intern(Employee):
    def pay(self):
        return self.salary // 2

    def give_raise(self):
        pass


staff = [Employee('ann', 1000), Intern('bob', 800)]
staff.append(Manager('cy', 2000, staff))
for person in staff:
    print(person)
for person in staff:
    person.give_raise()
for person in staff:
    print(person)
print(sum(p.pay() for p in staff))
print(sorted((p.pay(), p.name) for p in staff))
print([type(p).__name__ for p in staff if isinstance(p, Employee)])
