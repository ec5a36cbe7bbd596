# reversed() on sequences, and on objects that are not reversible.
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(4))))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())), ''.join(reversed('stressed')))
r = reversed([1, 2])
print(type(r).__name__, type(reversed('x')).__name__, type(reversed(range(1))).__name__, next(r), list(r))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'abc'[i]
print(list(reversed(Seq())))
for v in [{1, 2}, 5, (x for x in 'ab'), iter([1]), None]:
    try:
        reversed(v)
    except TypeError as e:
        print(type(e).__name__, e)
