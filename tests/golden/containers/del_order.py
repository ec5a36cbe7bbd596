# the order in which containers release their items (seen through __del__)
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

l = [D("l1"), D("l2"), D("l3")]
del l
print("--")
t = (D("t1"), D("t2"), D("t3"))
del t
print("--")
d = {"a": D("d1"), "b": D("d2")}
d["c"] = D("d3")
del d
print("--")
k = {D("k1"): 1, D("k2"): 2}
del k
print("--")
l = [D("c1"), D("c2"), D("c3")]
l.clear()
print("--")
l = [D("s1"), D("s2"), D("s3"), D("s4")]
del l[1:3]
print("--")
l[:] = []
print("--")
d = {"x": D("x"), "y": D("y")}
d.clear()
print("--")
d = {"x": D("p")}
d["x"] = D("q")
print("--")
s = [D("r1"), D("r2")]
s.pop()
print("--")
del s
print("end")
