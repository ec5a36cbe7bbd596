# An exception raised inside __del__ is printed to stderr as "Exception
# ignored in: ..." with a traceback; the program goes on and exits with 0.


class Fragile:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('Fragile.__del__', self.name)
        raise ValueError(f'cannot close {self.name}')


f = Fragile('one')
del f
print('still running')


def scope():
    g = Fragile('two')
    print('leaving scope')


scope()
print('after scope')
lst = [Fragile('three')]
lst.clear()
print('end')
