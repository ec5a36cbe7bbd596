# __index__ makes an object usable as an integer: slicing, indexing, bin(),
# hex(), range(), operator-style repetition.


class Pos:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print(f'  __index__ -> {self.n}')
        return self.n


letters = 'abcdefgh'
print(letters[Pos(2)])
print(letters[Pos(1):Pos(5)])
print([0, 1, 2, 3][Pos(-1)])
print(bin(Pos(5)), hex(Pos(255)).upper(), oct(Pos(8)))
print(list(range(Pos(3))))
print('ab' * Pos(2))
print('no __int__, int() uses __index__:', int(Pos(7)))


class NotIndex:
    def __int__(self):
        return 3


for fn in (lambda: 'abc'[NotIndex()], lambda: bin(NotIndex()), lambda: range(NotIndex())):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
print(int(NotIndex()))


class BadIndex:
    def __index__(self):
        return 'one'


try:
    [1, 2][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    letters[Pos(100)]
except IndexError as e:
    print(type(e).__name__, e)
