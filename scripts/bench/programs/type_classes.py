# Classes made with type(): attribute access, methods, inheritance.
def init(self, name, legs):
    self.name = name
    self.legs = legs


def describe(self):
    return self.legs * 2


Animal = type("Animal", (), {"__init__": init, "describe": describe, "kind": "animal"})
Dog = type("Dog", (Animal,), {"bark": lambda self: len(self.name)})

total = 0
for i in range(500_000):
    d = Dog("rex", 4)
    total += d.describe() + d.bark() + len(d.kind)
print(total)
