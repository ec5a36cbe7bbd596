# Objects held by closure cells.
import sys
def make():
    captured = list('abc')
    def inner():
        return sys.getrefcount(captured)
    return inner
f = make()
print('only the cell', f())
def make_two():
    shared = list('xy')
    def first():
        return sys.getrefcount(shared)
    def second():
        return shared
    return first, second
first, second = make_two()
print('one cell, two closures', first())
value = second()
print('plus a global name', first())
cell = f.__closure__[0]
print(type(cell).__name__, sys.getrefcount(cell.cell_contents))
def counter():
    box = [0]
    def inc():
        box[0] += 1
        return sys.getrefcount(box)
    return inc
inc = counter()
print(inc(), inc())
