# Truth value: __bool__ first, then __len__, else always true.


class Empty:
    pass


class WithBool:
    def __init__(self, flag):
        self.flag = flag

    def __bool__(self):
        print('  __bool__')
        return self.flag


class WithLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print('  __len__')
        return self.n


class Both(WithBool, WithLen):
    def __init__(self):
        WithBool.__init__(self, False)
        WithLen.__init__(self, 5)


print(bool(Empty()))
print(bool(WithBool(True)), bool(WithBool(False)))
print(bool(WithLen(0)), bool(WithLen(3)))
print(bool(Both()))
if WithLen(2):
    print('if uses __len__')
print(not WithBool(False))
print(WithBool(False) or 'fallback', WithLen(0) and 'never')
print(len([x for x in (WithLen(0), WithLen(1)) if x]))


class BadBool:
    def __bool__(self):
        return 1


class NegLen:
    def __len__(self):
        return -1


class BigLen:
    def __len__(self):
        return 2 ** 70


class StrLen:
    def __len__(self):
        return '3'


for obj in (BadBool(), NegLen(), BigLen(), StrLen()):
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)


class FloatLen:
    def __len__(self):
        return 2.0


try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
