# Which extra arguments object.__new__ and object.__init__ accept: excess
# arguments are only an error when the class does not override the other one.


def attempt(label, fn):
    try:
        obj = fn()
        print(label, 'ok', type(obj).__name__)
    except TypeError as e:
        print(label, type(e).__name__, e)


class Neither:
    pass


class OnlyInit:
    def __init__(self, x):
        self.x = x


class OnlyNew:
    def __new__(cls, x):
        return super().__new__(cls)


class NewPassesArgs:
    def __new__(cls, x):
        return super().__new__(cls, x)


class InitPassesArgs:
    def __init__(self, x):
        super().__init__(x)


class Both:
    def __new__(cls, x):
        return super().__new__(cls, x)

    def __init__(self, x):
        super().__init__(x)


attempt('Neither()', lambda: Neither())
attempt('Neither(1)', lambda: Neither(1))
attempt('Neither(a=1)', lambda: Neither(a=1))
attempt('OnlyInit(1)', lambda: OnlyInit(1))
attempt('OnlyInit()', lambda: OnlyInit())
attempt('OnlyNew(1)', lambda: OnlyNew(1))
attempt('OnlyNew(1, 2)', lambda: OnlyNew(1, 2))
attempt('NewPassesArgs(1)', lambda: NewPassesArgs(1))
attempt('InitPassesArgs(1)', lambda: InitPassesArgs(1))
attempt('Both(1)', lambda: Both(1))
attempt('object(1)', lambda: object(1))
attempt('object.__new__(Neither, 1)', lambda: object.__new__(Neither, 1))
attempt('object.__new__(OnlyInit, 1)', lambda: object.__new__(OnlyInit, 1))
attempt('object.__init__(Neither(), 1)', lambda: object.__init__(Neither(), 1))
attempt('object.__init__(OnlyNew(1), 1)', lambda: object.__init__(OnlyNew(1), 1))
attempt('object.__new__()', lambda: object.__new__())
attempt('object.__new__(5)', lambda: object.__new__(5))
attempt('object.__new__(int)', lambda: object.__new__(int))
attempt('object.__new__(list)', lambda: object.__new__(list))
attempt('int.__new__(Neither)', lambda: int.__new__(Neither))
attempt('object.__init__()', lambda: object.__init__())
