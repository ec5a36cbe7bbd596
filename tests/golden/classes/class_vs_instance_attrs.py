# Class attributes are shared by every instance until an instance assigns
# its own attribute of the same name (shadowing).


class Counter:
    step = 1
    total = 0

    def add(self):
        self.total = self.total + self.step   # reads the class, writes the instance
        return self.total


a = Counter()
b = Counter()
print(a.step, b.step, Counter.step)
print(a.add(), a.add(), b.add())
print('class total:', Counter.total, 'a:', a.total, 'b:', b.total)
print(sorted(vars(a)), sorted(vars(b)))

Counter.step = 10        # visible through every instance without its own
print(a.step, b.step)
a.step = 100             # shadow on a only
print(a.step, b.step, Counter.step)
print(a.add(), b.add())
del a.step               # the class attribute shows through again
print(a.step)


class Team:
    members = []         # one list shared by every instance (a classic pitfall)

    def __init__(self, name):
        self.name = name

    def join(self, who):
        self.members.append(who)


t1 = Team('red')
t2 = Team('blue')
t1.join('ann')
t2.join('bob')
print(t1.members, t2.members, t1.members is t2.members)


class FixedTeam:
    def __init__(self, name):
        self.name = name
        self.members = []

    def join(self, who):
        self.members.append(who)


f1 = FixedTeam('red')
f2 = FixedTeam('blue')
f1.join('ann')
f2.join('bob')
print(f1.members, f2.members)
print('members' in vars(Team), 'members' in vars(FixedTeam))
