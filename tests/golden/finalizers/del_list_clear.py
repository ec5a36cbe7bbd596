# Freeing a list releases its items from the last to the first; removing a
# slice also goes from the end.


class Item:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  del', self.name)


def make(prefix, n):
    return [Item(f'{prefix}{i}') for i in range(n)]


lst = make('a', 3)
print('del lst')
del lst

lst = make('b', 3)
print('lst.clear()')
lst.clear()

lst = make('c', 3)
print('lst = []')
lst = []

lst = make('d', 4)
print('del lst[1:3]')
del lst[1:3]
print('lst[:] = []')
lst[:] = []

lst = make('e', 3)
print('pop and remove')
lst.pop()
lst.pop(0)
print('lst *= 0')
lst *= 0

nested = [make('n', 2), make('m', 2)]
print('del nested')
del nested
print('end')
