# __del__ runs as soon as the last reference goes away; del only removes a
# name, so other references keep the object alive.


class Resource:
    def __init__(self, name):
        self.name = name
        print('open', name)

    def __del__(self):
        print('close', self.name)


r = Resource('file')
print('before del')
del r
print('after del')

a = Resource('shared')
b = a
del a
print('a deleted, b still refers to it:', b.name)
del b
print('after del b')

c = Resource('held by list')
holder = [c]
del c
print('list still holds it')
holder.pop()
print('after pop')

x = Resource('x')
y = Resource('y')
del x, y
print('after del x, y')

# A temporary that is never bound dies right after the expression.
print('temporary name:', Resource('temp').name)
print('end')
