# split()/subgroup() with a predicate: it sees groups as well as leaves.
eg = ExceptionGroup(
    "top",
    [ValueError(1), ValueError(-2), ExceptionGroup("inner", [ValueError(3), TypeError(-4)])],
)
seen = []


def positive(e):
    seen.append(repr(e))
    return not isinstance(e, ExceptionGroup) and e.args[0] > 0


print(eg.split(positive))
print(seen)
print(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))
print(eg.subgroup(lambda e: e is eg) is eg)
print(eg.split(lambda e: 0))
print(eg.split(lambda e: "non-empty is true"))


def broken(e):
    raise RuntimeError("predicate failed on " + repr(e))


try:
    eg.split(broken)
except RuntimeError as e:
    print("RuntimeError:", e)


class Callable:
    def __call__(self, e):
        return True


try:
    eg.split(Callable())
except TypeError as e:
    print("callable object:", e)
