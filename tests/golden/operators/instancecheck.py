# __instancecheck__ and __subclasscheck__ on a metaclass customise
# isinstance() and issubclass().


class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print(f'  __instancecheck__({cls.__name__}, {type(obj).__name__})')
        return all(hasattr(obj, m) for m in cls.required)

    def __subclasscheck__(cls, sub):
        print(f'  __subclasscheck__({cls.__name__}, {sub.__name__})')
        return all(hasattr(sub, m) for m in cls.required)


class Quacker(metaclass=DuckMeta):
    required = ('quack',)


class Duck:
    def quack(self):
        return 'quack'


class Robot:
    def quack(self):
        return 'beep quack'


class Stone:
    pass


print(isinstance(Duck(), Quacker), isinstance(Stone(), Quacker))
print(issubclass(Robot, Quacker), issubclass(Stone, Quacker))
print(isinstance(Robot(), (Stone, Quacker)))
print(isinstance(Quacker(), Quacker))   # exact type match skips the hook
print(isinstance(5, Quacker))


class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0


class EvenNumber(metaclass=Even):
    pass


print([x for x in range(7) if isinstance(x, EvenNumber)])
print(isinstance('2', EvenNumber))


class Weird(type):
    def __instancecheck__(cls, obj):
        return 'yes'          # the result is converted with bool()


class W(metaclass=Weird):
    pass


print(isinstance(1, W))
