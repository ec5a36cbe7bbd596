# len() of built-in containers and objects with __len__; errors.
print(len('hello'), len(''), len('中文'), len(b'\x00\x01'), len([1, [2, 3]]), len(()), len({'a': 1}), len({1, 2, 2}))
print(len(range(10)), len(range(0, 10, 3)), len(range(5, 0)), len({}.keys()), len(frozenset('abc')), len(bytearray(3)))
class Deck:
    def __init__(self):
        self.cards = list(range(52))
    def __len__(self):
        return len(self.cards)
print(len(Deck()))
class Negative:
    def __len__(self):
        return -1
class NotInt:
    def __len__(self):
        return 1.5
class Huge:
    def __len__(self):
        return 2**70
for obj in [5, None, 3.0, iter([1]), (x for x in []), Negative(), NotInt(), Huge()]:
    try:
        print(len(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)
