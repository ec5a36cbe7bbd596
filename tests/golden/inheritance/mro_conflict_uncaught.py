# An inconsistent MRO in a class statement ends the script.


class Base: pass
class Left(Base): pass
class Right(Base): pass


print('defining Ordered')


class Ordered(Left, Right):
    pass


print([c.__name__ for c in Ordered.__mro__])


class Broken(Base, Left):
    pass


print('not reached')
