# A class body is ordinary code executed once, top to bottom, when the
# class statement runs; its names become class attributes.
print('before class')


class Config:
    print('class body starts')
    debug = False
    levels = ['low', 'mid', 'high']
    count = len(levels)
    if count > 2:
        mode = 'many'
    else:
        mode = 'few'
    for i in range(3):
        last = i
    squares = [n * n for n in range(4)]
    print('class body ends, count =', count)


print('after class')
print(Config.debug, Config.levels, Config.count, Config.mode)
print(Config.last, Config.i, Config.squares)

# Names bound in the class body are not visible as plain names in methods.
size = 'global size'


class Box:
    size = 'class size'

    def get(self):
        return size

    def get_attr(self):
        return self.size


b = Box()
print(b.get())
print(b.get_attr())

# A comprehension in a class body cannot see class-level names (except the
# outermost iterable).
class Table:
    base = 10
    rows = [r for r in range(base)]
    try:
        cells = [base + r for r in range(3)]
    except NameError as e:
        print(type(e).__name__, e)


print(Table.rows[:3], hasattr(Table, 'cells'))
