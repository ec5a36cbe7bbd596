# dict subclasses: __missing__, overridden methods, repr
class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter()
for ch in "abracadabra":
    c[ch] = c[ch] + 1
print(c, c["z"], "z" in c, c.get("z"))

class Default(dict):
    def __missing__(self, key):
        self[key] = value = [key]
        return value

d = Default()
d["x"].append(1)
print(d, type(d).__name__, isinstance(d, dict))

class Loud(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)

l = Loud(a=1)
l["b"] = 2
l.update(c=3)
print(l, dict(l), l == {"a": 1, "b": 2, "c": 3}, type(l.copy()).__name__, type(l | {}).__name__)

class Keys:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k * 2

print(dict(Keys()), {**Keys()})
try:
    Counter()[[]]
except TypeError as e:
    print("TypeError:", e)
