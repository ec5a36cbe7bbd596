# enumerate, zip, map, filter, reversed and iter(): results and messages
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(list(enumerate("ab")), list(enumerate("ab", 5)), list(enumerate("ab", start=-1)), list(enumerate("ab", 2**63 - 1)))
print(list(enumerate(iterable="ab", start=2**70)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
print(list(map(len, ["a", "bb"])), list(map(pow, [2, 3], [2, 3, 4])), list(map(lambda x, y: x + y, "ab", "cd")))
print(list(filter(None, [0, 1, "", "a", [], [0]])), list(filter(len, ["", "x"])), list(filter(bool, [0, 2])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("ab")), list(reversed(range(3))))
print(list(iter([1, 2, 3].pop, 1)))
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)
    def __len__(self):
        return 3
print(list(iter(Seq())), list(reversed(Seq())), type(iter(Seq())).__name__, type(reversed(Seq())).__name__)
print(type(iter(len, 1)).__name__, type(enumerate([])).__name__, type(zip()).__name__, type(map(len, [])).__name__)
show(lambda: list(zip([1, 2], [3], strict=True)))
show(lambda: list(zip([1], [2, 3], strict=True)))
show(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
show(lambda: list(zip([1], [1], [1, 2], strict=True)))
show(lambda: list(zip([1, 2], [3], strict=0)))
show(lambda: zip(a=1))
show(lambda: zip(strict=1, a=2))
show(lambda: zip(5))
show(lambda: enumerate(5))
show(lambda: enumerate())
show(lambda: enumerate([], 2, 3))
show(lambda: enumerate(x=1))
show(lambda: enumerate([], start="a"))
show(lambda: map(len))
show(lambda: map(len, 5))
show(lambda: map(len, [], a=1))
show(lambda: filter(len))
show(lambda: filter(len, 5))
show(lambda: reversed(5))
show(lambda: reversed(set()))
show(lambda: reversed())
show(lambda: reversed([], a=1))
show(lambda: list(map(int, ["1", "x"])))
e = enumerate("abc")
first = next(e)
second = next(e)
print(first, second, first is second)
z = zip("ab", "cd")
p = next(z)
print(p, next(z), list(z))
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
